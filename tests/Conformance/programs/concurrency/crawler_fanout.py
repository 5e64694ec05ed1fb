# A web-crawler-shaped fan-out: a fake fetch over an in-memory site, a ThreadPoolExecutor, a visited
# set under a lock, as_completed to follow links level by level, failures reported per URL.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/broken"],
    "/shop/cart": [],
    "/team": ["/about"],
}


class FetchError(Exception):
    pass


fetch_count = 0
count_lock = threading.Lock()


def fetch(url):
    global fetch_count
    with count_lock:
        fetch_count += 1
    if url == "/broken":
        raise FetchError("500 Internal Server Error for " + url)
    if url not in SITE:
        raise FetchError("404 Not Found: " + url)
    return url, SITE[url], "<html>%s</html>" % url


def crawl(start, workers=4):
    visited = {start}
    lock = threading.Lock()
    pages, errors = {}, {}
    frontier = [start]
    depth = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawler") as pool:
        while frontier:
            futures = {pool.submit(fetch, url): url for url in frontier}
            next_frontier = []
            for future in as_completed(futures):
                url = futures[future]
                try:
                    _, links, body = future.result()
                except FetchError as e:
                    errors[url] = str(e)
                    continue
                pages[url] = (depth, len(body))
                for link in links:
                    with lock:
                        if link in visited:
                            continue
                        visited.add(link)
                    next_frontier.append(link)
            frontier = sorted(next_frontier)
            depth += 1
    return pages, errors, depth


pages, errors, depth = crawl("/")
for url in sorted(pages):
    print("%-12s depth=%d size=%d" % (url, *pages[url]))
for url in sorted(errors):
    print("error", url, "->", errors[url])
print("levels:", depth, "fetches:", fetch_count, "visited:", len(pages) + len(errors))
