using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Notebooks.Tests;

/// <summary>
/// lib/Charts/ActivationCharts.csx compiled once, directly with Roslyn scripting against the
/// Plotly.NET 6.0 / Plotly.NET.CSharp 0.14 packages, without the notebook runner, so that its helpers
/// can be called from tests (and, as delegates, thousands of times from property tests).
/// </summary>
internal static class ChartScript
{
    private static readonly Lazy<Task<ScriptState<object>>> State = new(Load);

    private static Task<ScriptState<object>> Load()
    {
        var options = ScriptOptions.Default
            .WithReferences(
                typeof(Plotly.NET.GenericChart).Assembly,
                typeof(Plotly.NET.CSharp.Chart).Assembly,
                typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly,
                // The script sets layout properties through `dynamic`, as the kernels reference it.
                typeof(Microsoft.CSharp.RuntimeBinder.Binder).Assembly)
            .WithFilePath(RepositoryPaths.ChartScript);
        return CSharpScript.RunAsync(File.ReadAllText(RepositoryPaths.ChartScript), options);
    }

    /// <summary>Evaluates C# code in the scope of the script (its helpers are in scope).</summary>
    public static async Task<T> Evaluate<T>(string code) =>
        (await (await State.Value).ContinueWithAsync<T>(code)).ReturnValue;
}
