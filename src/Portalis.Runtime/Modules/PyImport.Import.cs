namespace Portalis.Runtime;

public static partial class PyImport
{
    /// <summary><c>import a.b.c</c> evaluated for its leaf: imports <c>a</c>, <c>a.b</c>, then <c>a.b.c</c>, and returns <c>a.b.c</c>.</summary>
    public static PyModule Import(string dotted)
    {
        ArgumentException.ThrowIfNullOrEmpty(dotted);
        return FindAndLoad(dotted);
    }

    /// <summary><c>import a.b.c</c> as a statement: imports the chain and returns the top package <c>a</c> (what the name <c>a</c> binds).</summary>
    public static PyModule ImportTop(string dotted)
    {
        var leaf = Import(dotted);
        var dot = dotted.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? leaf : Import(dotted[..dot]);
    }

    /// <summary>
    /// <c>from m import name</c> (Python/ceval.c, <c>import_from</c>): the attribute, else the submodule
    /// <c>m.name</c> (imported now when registered), else ImportError.
    /// </summary>
    public static object? ImportFrom(PyModule module, string name)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (module.TryGetAttribute(name, out var value))
        {
            return value;
        }

        var full = module.Name + "." + name;
        if (Modules.TryGetValue(full, out var loaded))
        {
            return loaded;
        }

        if (IsRegistered(full))
        {
            // _handle_fromlist imports a submodule named in the fromlist.
            return Import(full);
        }

        var where = module.File is { } file ? $" ({file})" : " (unknown location)";
        var partially = IsInitializing(module.Name) ? " (most likely due to a circular import)" : string.Empty;
        throw new PyImportError($"cannot import name '{name}' from '{module.Name}'{partially}{where}");
    }

    private static bool IsInitializing(string name)
    {
        lock (s_lock)
        {
            return s_inProgress.ContainsKey(name);
        }
    }

    private static PyModule FindAndLoad(string name)
    {
        if (TryGetLoaded(name, out var module))
        {
            return module;
        }

        PyModule? parent = null;
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            parent = FindAndLoad(name[..dot]);

            // The parent's body may have imported this module.
            if (TryGetLoaded(name, out module))
            {
                return module;
            }
        }

        Registration? registration;
        ImportInProgress? progress;
        ImportInProgress? mine = null;
        lock (s_lock)
        {
            if (Modules.TryGetValue(name, out var existing) && existing is PyModule loadedNow
                && !s_inProgress.ContainsKey(name))
            {
                return loadedNow;
            }

            s_registry.TryGetValue(name, out registration);
            if (!s_inProgress.TryGetValue(name, out progress))
            {
                if (registration is null)
                {
                    throw NotFound(name, parent);
                }

                mine = new ImportInProgress(Environment.CurrentManagedThreadId);
                s_inProgress[name] = mine;
            }
        }

        if (mine is null)
        {
            return WaitForOther(name, progress!);
        }

        try
        {
            module = registration!.Create();
            InitializeAttributes(module, name, registration.IsPackage);
            Modules.SetItem(name, module);
            try
            {
                registration.Execute?.Invoke(module);
            }
            catch
            {
                Modules.Pop(name, null);
                throw;
            }

            // _find_and_load_unlocked: the module object in sys.modules after the body is the result (a
            // body may replace itself there).
            var result = Modules.TryGetValue(name, out var final) && final is PyModule m ? m : module;
            if (parent is not null)
            {
                parent.SetAttribute(name[(dot + 1)..], result);
            }

            return result;
        }
        finally
        {
            lock (s_lock)
            {
                s_inProgress.Remove(name);
            }

            mine.Done.Set();
        }
    }

    private static bool TryGetLoaded(string name, out PyModule module)
    {
        if (Modules.TryGetValue(name, out var value) && value is PyModule loaded)
        {
            ImportInProgress? progress;
            lock (s_lock)
            {
                s_inProgress.TryGetValue(name, out progress);
            }

            if (progress is null || progress.OwnerThread == Environment.CurrentManagedThreadId)
            {
                // Loaded, or partially initialised by this thread (a circular import sees the partial module).
                module = loaded;
                return true;
            }

            module = WaitForOther(name, progress);
            return true;
        }

        module = null!;
        return false;
    }

    private static PyModule WaitForOther(string name, ImportInProgress progress)
    {
        if (progress.OwnerThread == Environment.CurrentManagedThreadId)
        {
            return Modules.TryGetValue(name, out var partial) && partial is PyModule m ? m : throw NotFound(name, null);
        }

        progress.Done.Wait();

        // The other thread's import failed when the module is not there: this thread raises the same way
        // by trying again (CPython retries _find_and_load after the lock is released).
        return FindAndLoad(name);
    }

    private static void InitializeAttributes(PyModule module, string name, bool isPackage)
    {
        var dot = name.LastIndexOf('.');
        if (isPackage)
        {
            module.Set("__package__", name);
            var folder = module.File is { } file ? Path.GetDirectoryName(file) ?? string.Empty : string.Empty;
            module.Set("__path__", new PyList(folder));
        }
        else
        {
            module.Set("__package__", dot < 0 ? string.Empty : name[..dot]);
        }
    }

    /// <summary>
    /// Runs the code of registered module <paramref name="name"/> again, in a new module object named
    /// <paramref name="asName"/> that is not entered in sys.modules: a spawned child's main module
    /// (Lib/multiprocessing/spawn.py, <c>_fixup_main_from_path</c> re-runs the main script as <c>__mp_main__</c>).
    /// </summary>
    internal static PyModule ExecuteFresh(string name, string asName)
    {
        Registration? registration;
        lock (s_lock)
        {
            s_registry.TryGetValue(name, out registration);
        }

        if (registration is null)
        {
            throw NotFound(name, null);
        }

        var module = registration.Create();
        module.Set("__name__", asName);
        InitializeAttributes(module, asName, registration.IsPackage);
        registration.Execute?.Invoke(module);
        return module;
    }

    private static PyModuleNotFoundError NotFound(string name, PyModule? parent)
    {
        // _find_and_load_unlocked: "No module named 'a.b'; 'a' is not a package" when the parent has no __path__.
        if (parent is not null && !parent.TryGetAttribute("__path__", out _))
        {
            return new PyModuleNotFoundError($"No module named '{name}'; '{parent.Name}' is not a package") { MissingModule = name };
        }

        return new PyModuleNotFoundError($"No module named '{name}'") { MissingModule = name };
    }
}
