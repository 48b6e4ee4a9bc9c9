namespace Activations;

/// <summary>
/// The properties a reader chooses an activation by, for its default parameters, as the catalogue states
/// them (<see cref="ActivationInfo.Properties"/>); the bounds come from <see cref="ActivationInfo.Range"/>
/// (<see cref="ActivationRange.IsBoundedBelow"/>, <see cref="ActivationRange.IsBoundedAbove"/>).
/// </summary>
/// <remarks>Softplus counts as monotonic and smooth although PyTorch's switch to x above βx = threshold (20)
/// drops it by ln(1 + e^-20) ≈ 2·10⁻⁹ there: a step far below anything a reader chooses by.</remarks>
/// <param name="ZeroCentred">The output is symmetric about 0 when the input is: f is odd, f(−x) = −f(x)
/// (tanh yes; sigmoid, ReLU, ELU no). For GLU: odd in its value half.</param>
/// <param name="Monotonic">f is non-decreasing; null for the functions of a whole vector.</param>
/// <param name="Smooth">f and f′ are continuous (no jump, no kink): gradient descent sees no corners.</param>
/// <param name="Saturation">Where the derivative tends to 0.</param>
/// <param name="TypicalUse">Where the function is used in practice (hidden layers of CNNs, transformers,
/// output layers…).</param>
public sealed record ActivationProperties(
    bool ZeroCentred, bool? Monotonic, bool Smooth, Saturation Saturation, string TypicalUse);
