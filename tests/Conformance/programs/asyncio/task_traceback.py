# An exception raised inside a task keeps the Python frames and lines of every coroutine it passed through.
import asyncio
import traceback


async def innermost(value):
    if value > 2:
        raise ValueError(f"value too big: {value}")
    return value


async def middle(value):
    result = await innermost(value)
    return result * 2


async def outer():
    return await middle(3)


def program_frames(exc):
    return [(frame.name, frame.lineno, frame.line) for frame in traceback.extract_tb(exc.__traceback__)
            if frame.filename == __file__]


async def main():
    task = asyncio.create_task(outer())
    try:
        await task
    except ValueError as e:
        print("caught:", e)
        for frame in program_frames(e):
            print(frame)
    print("task.exception():", repr(task.exception()))

    async def handler_test():
        try:
            await innermost(5)
        except ValueError:
            raise RuntimeError("wrapped")

    try:
        await handler_test()
    except RuntimeError as e:
        print("context:", repr(e.__context__))
        for frame in program_frames(e):
            print(frame)

    results = await asyncio.gather(outer(), innermost(1), return_exceptions=True)
    print([repr(r) for r in results])


try:
    asyncio.run(main())
    asyncio.run(outer())
except ValueError as e:
    print("escaped asyncio.run:", e)
    for frame in program_frames(e):
        print(frame)
