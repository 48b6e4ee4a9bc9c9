namespace Activations;

/// <summary>On which side the derivative of an activation tends to 0 (|f′(x)| → 0 as x → ±∞): inputs far out
/// on that side get almost no gradient (vanishing gradients).</summary>
[Flags]
public enum Saturation
{
    /// <summary>The derivative stays away from 0 on both sides (LeakyReLU, PReLU, the shrinks).</summary>
    None = 0,

    /// <summary>f′(x) → 0 as x → −∞ only (ReLU, ELU, GELU, SiLU, Softplus…).</summary>
    Negative = 1,

    /// <summary>f′(x) → 0 as x → +∞ only (LogSigmoid).</summary>
    Positive = 2,

    /// <summary>f′(x) → 0 on both sides (sigmoid, tanh, the hard and bounded functions).</summary>
    Both = Negative | Positive,
}
