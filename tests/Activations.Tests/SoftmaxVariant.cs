namespace Activations.Tests;

/// <summary>The three functions of the softmax family, for theories that run each.</summary>
public enum SoftmaxVariant
{
    Softmax,
    LogSoftmax,
    Softmin,
}

public static class SoftmaxVariants
{
    public static TheoryData<SoftmaxVariant> All() => new(Enum.GetValues<SoftmaxVariant>());
}
