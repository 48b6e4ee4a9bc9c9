namespace Activations;

/// <summary>A parameter of an activation, as the catalogue describes it.</summary>
/// <param name="Name">The C# parameter name of the <see cref="Activation"/> method (e.g. <c>alpha</c>).</param>
/// <param name="DefaultValue">The default value of that parameter (PyTorch's default where PyTorch has the function).</param>
/// <param name="LatexSymbol">The symbol used in <see cref="ActivationInfo.LatexValue"/> (e.g. <c>\alpha</c>).</param>
/// <param name="Description">What the parameter does and which values are accepted.</param>
public sealed record ActivationParameter(string Name, double DefaultValue, string LatexSymbol, string Description);
