namespace Activations;

/// <summary>
/// A double kernel for a float result, written once over <see cref="ILanes{TVec}"/>: the float forms run it through
/// <see cref="FloatThroughDouble.InvokeKernel{TKernel}(TKernel, float)"/> and its vector overloads, the scalar one on
/// <see cref="ScalarLanes"/>, so scalar and span agree bitwise.
/// </summary>
internal interface IDoubleLaneKernel
{
    /// <summary>The kernel on every lane of <paramref name="x"/> (floats widened to double).</summary>
    TVec Invoke<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>;
}
