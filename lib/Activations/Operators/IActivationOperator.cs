namespace Activations;

/// <summary>
/// An element-wise activation: its value and its derivative, for <see cref="double"/> and
/// <see cref="float"/>, with the parameters held in the struct. Each is written once over
/// <see cref="ILanes{TVec}"/>; <see cref="ValueOperator{TOperator}"/> and
/// <see cref="DerivativeOperator{TOperator}"/> turn them into the operators the span driver runs at every width.
/// </summary>
/// <remarks>
/// The <see cref="float"/> members evaluate in <see cref="double"/> and round once (the double path is
/// accurate to a few ULP, so the float result is the correctly rounded one except in rare near-ties), or run
/// the operator's own float kernel (float lanes, or a double kernel accurate enough for a float), within 1 ULP.
/// </remarks>
internal interface IActivationOperator
{
    /// <summary>The activation at <paramref name="x"/>.</summary>
    double Invoke(double x);

    /// <summary>The activation at <paramref name="x"/>: <c>(float)Invoke((double)x)</c>, or the operator's float kernel
    /// (the bits of its float vector forms, within 1 ULP).</summary>
    float Invoke(float x);

    /// <summary>
    /// The lane form of <see cref="Invoke(double)"/>: lane by lane the same bits, for <see cref="ScalarLanes"/>
    /// and Vector128/256/512 alike (lanes it does not cover go through <see cref="ILanes{TVec}.PerLane"/>
    /// with a <see cref="ValueOperator{TOperator}"/>).
    /// </summary>
    TVec Invoke<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>;

    /// <summary>d/dx of <see cref="Invoke(double)"/> at <paramref name="x"/>.</summary>
    double Derivative(double x);

    /// <summary>d/dx of <see cref="Invoke(float)"/> at <paramref name="x"/>: <c>(float)Derivative((double)x)</c>.</summary>
    float Derivative(float x);

    /// <summary>
    /// The lane form of <see cref="Derivative(double)"/>: lane by lane the same bits, for
    /// <see cref="ScalarLanes"/> and Vector128/256/512 alike (lanes it does not cover go through
    /// <see cref="ILanes{TVec}.PerLane"/> with a <see cref="DerivativeOperator{TOperator}"/>).
    /// </summary>
    TVec Derivative<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>;

    /// <summary>
    /// Whether the float vector forms below are the operator's own (float lanes, <see cref="IFloatLanes{TVec}"/>, or
    /// a float-specific double kernel) rather than the double lanes of <see cref="Invoke{TVec, TLanes}"/>
    /// rounded once. Either way they give the bits of <see cref="Invoke(float)"/>.
    /// </summary>
    static virtual bool HasSingleVectorForms => false;

    /// <summary>The float lanes, when <see cref="HasSingleVectorForms"/>.</summary>
    Vector128<float> Invoke(Vector128<float> x) => throw new NotSupportedException($"{GetType().Name} has no float vector form.");

    /// <inheritdoc cref="Invoke(Vector128{float})"/>
    Vector256<float> Invoke(Vector256<float> x) => throw new NotSupportedException($"{GetType().Name} has no float vector form.");

    /// <inheritdoc cref="Invoke(Vector128{float})"/>
    Vector512<float> Invoke(Vector512<float> x) => throw new NotSupportedException($"{GetType().Name} has no float vector form.");
}
