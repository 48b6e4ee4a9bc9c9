namespace Activations;

/// <summary>A <see cref="IDoubleLaneKernel"/> that covers the inputs with |x| ≤ <see cref="Limit"/> only.</summary>
internal interface IRangeLimitedKernel : IDoubleLaneKernel
{
    /// <summary>The largest |x| the kernel covers.</summary>
    static abstract double Limit { get; }

    /// <summary>The result for NaN and for |x| &gt; <see cref="Limit"/>.</summary>
    double Outside(double x);
}

/// <summary>
/// Runs <typeparamref name="TKernel"/> on a vector whose lanes are all within its range, else lane by lane: each lane
/// by the kernel inside the range and by <see cref="IRangeLimitedKernel.Outside"/> beyond, as the scalar form does.
/// </summary>
internal readonly struct RangeCheckedKernel<TKernel>(TKernel kernel) : IDoubleLaneKernel, IUnaryOperator<double>
    where TKernel : struct, IRangeLimitedKernel
{
    private readonly TKernel _kernel = kernel;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVec Invoke<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec> =>
        TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(TKernel.Limit))))
            ? _kernel.Invoke<TVec, TLanes>(x)
            : TLanes.PerLane(this, x);

    public double Invoke(double x) => Math.Abs(x) <= TKernel.Limit ? _kernel.Invoke<double, ScalarLanes>(x) : _kernel.Outside(x);

    public Vector128<double> Invoke(Vector128<double> x) => Invoke<Vector128<double>, Lanes128>(x);

    public Vector256<double> Invoke(Vector256<double> x) => Invoke<Vector256<double>, Lanes256>(x);

    public Vector512<double> Invoke(Vector512<double> x) => Invoke<Vector512<double>, Lanes512>(x);
}
