using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using Notebooks.Model;
using Notebooks.Runner.Scripting;

namespace Notebooks.Runner;

/// <summary>One execution of one notebook: the script state and references that carry from cell to cell.</summary>
internal sealed class NotebookRun(Notebook notebook, NotebookRunOptions options)
{
    // Roslyn knows whether a submission ends in an expression (so that a null value still displays);
    // .NET Interactive's C# kernel reads this internal method the same way.
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes);

    private readonly NotebookSession session = new(notebook.Path);
    private readonly HashSet<MetadataReference> addedReferences = [];
    private readonly HashSet<Assembly> registeredAssemblies = [];
    private ScriptOptions scriptOptions = ScriptEnvironment.CreateOptions(Path.GetDirectoryName(notebook.Path)!);
    private ScriptState<object>? state;

    public async Task<NotebookRunResult> RunAsync(CancellationToken cancellationToken)
    {
        NotebookSession.Current = session;
        using var assemblyLoader = new InteractiveAssemblyLoader();
        var total = Stopwatch.StartNew();
        var cells = new List<NotebookCell>(notebook.Cells.Count);
        var runs = new List<CellRun>();
        NotebookFailure? failure = null;
        var executionCount = 0;

        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (cell.Kind != CellKind.Code || failure is not null)
            {
                cells.Add(cell with { Outputs = [], ExecutionCount = null });
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var location = new CellLocation(notebook.Path, index + 1);
            Notify(() => options.CellStarting?.Invoke(location.CellNumber));

            var watch = Stopwatch.StartNew();
            var collector = session.BeginCell();
            CellFailure? cellFailure;
            try
            {
                cellFailure = await ExecuteCellAsync(cell, location, collector, assemblyLoader, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                session.EndCell();
            }
            watch.Stop();

            var outputs = collector.ToOutputs();
            if (cellFailure is not null)
            {
                outputs = [.. outputs, cellFailure.Output];
                failure = new NotebookFailure(notebook.Path, location.CellNumber, cellFailure.Line, cellFailure.Output.Message);
            }
            cells.Add(cell with { Outputs = outputs, ExecutionCount = ++executionCount });

            var run = new CellRun(location.CellNumber, watch.Elapsed, cellFailure is null);
            runs.Add(run);
            Notify(() => options.CellCompleted?.Invoke(run));
        }

        return new NotebookRunResult(notebook with { Cells = cells }, runs, failure, total.Elapsed);
    }

    private async Task<CellFailure?> ExecuteCellAsync(
        NotebookCell cell, CellLocation location, CellOutputCollector collector,
        InteractiveAssemblyLoader assemblyLoader, CancellationToken cancellationToken)
    {
        if (cell.Language != KernelNames.CSharp)
        {
            return CellErrors.NotCSharp(cell.Language, location);
        }

        PreparedCell prepared;
        try
        {
            prepared = CellDirectives.Prepare(cell.Source);
            foreach (var request in prepared.Packages)
            {
                AddPackage(request);
            }
        }
        catch (CellDirectiveException e)
        {
            return CellErrors.FromDirective(e, location);
        }

        var cellScriptOptions = scriptOptions.WithFilePath(location.CellFilePath);
        RegisterLoadedAssemblies(assemblyLoader);
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            state ??= await CSharpScript.Create(ScriptEnvironment.Prelude, scriptOptions.WithFilePath(location.NotebookPath + "#prelude"), globalsType: null, assemblyLoader)
                .RunAsync(globals: null, cancellationToken: cancellationToken).ConfigureAwait(false);
            var execution = state.ContinueWithAsync(prepared.Code, cellScriptOptions, catchException: _ => true, cellCancellation.Token);
            state = options.CellTimeout is { } limit
                ? await execution.WaitAsync(limit, cancellationToken).ConfigureAwait(false)
                : await execution.ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            return CellErrors.FromCompilation(e, location);
        }
        catch (TimeoutException) when (options.CellTimeout is { } limit)
        {
            await cellCancellation.CancelAsync().ConfigureAwait(false);
            return CellErrors.TimedOut(limit, location);
        }

        if (state.Exception is { } exception)
        {
            return CellErrors.FromException(exception, location);
        }

        try
        {
            if (HasReturnValue(state) && state.ReturnValue is not DisplayedValue)
            {
                collector.Add(DisplayFormatter.Format(state.ReturnValue, [], isExecuteResult: true));
            }
        }
        catch (Exception e)
        {
            // Formatting runs user code (ToString, custom formatters): its failures are the cell's.
            return CellErrors.FromException(e, location);
        }
        return null;
    }

    private void AddPackage(PackageRequest request)
    {
        var substitution = PackageSubstitutions.Find(request.Name, request.Version);
        if (substitution is null)
        {
            var offered = PackageSubstitutions.Offered(request.Name);
            var available = offered.Length > 0
                ? $"version {request.Version ?? "(none)"} of '{request.Name}' is not available to the runner; it provides {request.Name} for: {offered}"
                : $"package '{request.Name}' is not available to the runner; it provides: {PackageSubstitutions.KnownPackages}";
            throw new CellDirectiveException(request.Line, "PackageNotAvailableError",
                $"{request.Directive}: {available} (see lib/Notebooks.Runner/Execution/PackageSubstitutions.cs)");
        }

        var newReferences = ScriptEnvironment.ReferencesFor(substitution.Loads).Where(addedReferences.Add).ToList();
        if (newReferences.Count > 0)
        {
            scriptOptions = scriptOptions.AddReferences(newReferences);
        }
        if (substitution.RegistersChartFormatter)
        {
            session.ChartsEnabled = true;
        }
    }

    // A library that a cell references by path (#r "../lib/x.dll") and that the host process has already
    // loaded must not load a second time: cell code and host code would then see two different copies of
    // the same types. The script's assemblies resolve through the default context first (which returns
    // assemblies the host loaded or can load); registering the default context's assemblies with the
    // loader also covers its fallback path, which otherwise loads the file again in a context of its own.
    private void RegisterLoadedAssemblies(InteractiveAssemblyLoader assemblyLoader)
    {
        foreach (var assembly in AssemblyLoadContext.Default.Assemblies)
        {
            if (!assembly.IsDynamic && registeredAssemblies.Add(assembly))
            {
                assemblyLoader.RegisterDependency(assembly);
            }
        }
    }

    private static bool HasReturnValue(ScriptState<object> scriptState) =>
        HasReturnValueMethod is null
            ? scriptState.ReturnValue is not null
            : (bool)HasReturnValueMethod.Invoke(scriptState.Script, null)!;

    private static void Notify(Action callback)
    {
        using var detached = NotebookSession.Detach();
        callback();
    }
}
