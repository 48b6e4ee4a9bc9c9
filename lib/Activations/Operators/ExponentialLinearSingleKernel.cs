namespace Activations;

/// <summary>
/// The float forms' double kernel of ELU, SELU and CELU: x &gt; 0 ? p·x : a·expm1(s·x), with expm1 to 2^-32
/// relative (<see cref="LaneMath.ExpM1ForSingle{TVec, TLanes}"/>) instead of the double form's last bits: within
/// 0.5 + 2^-8 ULP after the rounding to float. NaN stays NaN (its payload kept, quieted by the rounding to float).
/// </summary>
/// <param name="positiveScale">p: 1 (ELU, CELU) or SELU's scale.</param>
/// <param name="negativeScale">a: α (ELU, CELU) or SELU's scale·α.</param>
/// <param name="argumentScale">s: 1 (ELU, SELU) or CELU's 1/α (x/α and x·(1/α) differ by 2^-52 relative, far
/// below a float ULP of the result).</param>
internal readonly struct ExponentialLinearSingleKernel(
    double positiveScale, double negativeScale, double argumentScale) : IUnaryOperator<double>
{
    public double Invoke(double x) => double.IsNaN(x) ? x : Lanes<double, ScalarLanes>(x);

    public Vector128<double> Invoke(Vector128<double> x) => Checked<Vector128<double>, Lanes128>(x);

    public Vector256<double> Invoke(Vector256<double> x) => Checked<Vector256<double>, Lanes256>(x);

    public Vector512<double> Invoke(Vector512<double> x) => Checked<Vector512<double>, Lanes512>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TVec Checked<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec> =>
        TLanes.None(TLanes.IsNaN(x)) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(this, x);

    /// <summary>Both branches, then a select (s·x below −38 gives −1; the expm1 of a positive x is selected away).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TVec Lanes<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec scaled = TLanes.Multiply(TLanes.Create(argumentScale), x);
        TVec negative = TLanes.Multiply(TLanes.Create(negativeScale), LaneMath.ExpM1ForSingle<TVec, TLanes>(scaled));
        return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Multiply(TLanes.Create(positiveScale), x), negative);
    }
}
