namespace Activations;

/// <summary>How the catalogue groups the activations (and orders them: by family, then by name).</summary>
public enum ActivationFamily
{
    /// <summary>Bounded, S-shaped functions and their relatives: sigmoid, tanh, softsign, hard sigmoid…</summary>
    Saturating,

    /// <summary>Rectifiers: identity for x &gt; 0, something small or saturating for x ≤ 0 (ReLU, ELU…).</summary>
    Rectifier,

    /// <summary>Smooth rectifiers and self-gated functions x·g(x): softplus, GELU, SiLU, Mish, hard swish.</summary>
    Smooth,

    /// <summary>Step, threshold and shrinkage functions: the step Threshold, PyTorch's threshold, hard/soft/tanh shrink.</summary>
    Shrinkage,

    /// <summary>Functions of a whole vector: softmax and its relatives.</summary>
    Normalizing,

    /// <summary>Gated linear units: the input split in a value half and a gate half (GLU).</summary>
    Gated,
}
