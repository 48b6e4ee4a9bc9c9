namespace Activations.Accuracy;

/// <summary><see cref="Activation.CELU(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct CELUKernel(double alpha) : IVariantKernel
{
    private readonly double _alpha = alpha;
    private readonly float _alphaSingle = (float)alpha;
    public double Value(double x) => Activation.CELU(x, _alpha);
    public double Derivative(double x) => Activation.CELUDerivative(x, _alpha);
    public float ValueSingle(float x) => Activation.CELU(x, _alphaSingle);
    public float DerivativeSingle(float x) => Activation.CELUDerivative(x, _alphaSingle);
    public double ValueAtSingleParameters(double x) => Activation.CELU(x, (double)_alphaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.CELUDerivative(x, (double)_alphaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.CELU(x, destination, _alpha);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.CELU(x, destination, _alphaSingle);
}

/// <summary><see cref="Activation.ELU(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct ELUKernel(double alpha) : IVariantKernel
{
    private readonly double _alpha = alpha;
    private readonly float _alphaSingle = (float)alpha;
    public double Value(double x) => Activation.ELU(x, _alpha);
    public double Derivative(double x) => Activation.ELUDerivative(x, _alpha);
    public float ValueSingle(float x) => Activation.ELU(x, _alphaSingle);
    public float DerivativeSingle(float x) => Activation.ELUDerivative(x, _alphaSingle);
    public double ValueAtSingleParameters(double x) => Activation.ELU(x, (double)_alphaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.ELUDerivative(x, (double)_alphaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.ELU(x, destination, _alpha);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.ELU(x, destination, _alphaSingle);
}

/// <summary><see cref="Activation.GELU(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct GELUKernel : IVariantKernel
{
    public double Value(double x) => Activation.GELU(x);
    public double Derivative(double x) => Activation.GELUDerivative(x);
    public float ValueSingle(float x) => Activation.GELU(x);
    public float DerivativeSingle(float x) => Activation.GELUDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.GELU(x);
    public double DerivativeAtSingleParameters(double x) => Activation.GELUDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.GELU(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.GELU(x, destination);
}

/// <summary><see cref="Activation.GELUTanh(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct GELUTanhKernel : IVariantKernel
{
    public double Value(double x) => Activation.GELUTanh(x);
    public double Derivative(double x) => Activation.GELUTanhDerivative(x);
    public float ValueSingle(float x) => Activation.GELUTanh(x);
    public float DerivativeSingle(float x) => Activation.GELUTanhDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.GELUTanh(x);
    public double DerivativeAtSingleParameters(double x) => Activation.GELUTanhDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.GELUTanh(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.GELUTanh(x, destination);
}

/// <summary><see cref="Activation.HardShrink(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct HardShrinkKernel(double @lambda) : IVariantKernel
{
    private readonly double _lambda = @lambda;
    private readonly float _lambdaSingle = (float)@lambda;
    public double Value(double x) => Activation.HardShrink(x, _lambda);
    public double Derivative(double x) => Activation.HardShrinkDerivative(x, _lambda);
    public float ValueSingle(float x) => Activation.HardShrink(x, _lambdaSingle);
    public float DerivativeSingle(float x) => Activation.HardShrinkDerivative(x, _lambdaSingle);
    public double ValueAtSingleParameters(double x) => Activation.HardShrink(x, (double)_lambdaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.HardShrinkDerivative(x, (double)_lambdaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.HardShrink(x, destination, _lambda);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.HardShrink(x, destination, _lambdaSingle);
}

/// <summary><see cref="Activation.HardSigmoid(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct HardSigmoidKernel : IVariantKernel
{
    public double Value(double x) => Activation.HardSigmoid(x);
    public double Derivative(double x) => Activation.HardSigmoidDerivative(x);
    public float ValueSingle(float x) => Activation.HardSigmoid(x);
    public float DerivativeSingle(float x) => Activation.HardSigmoidDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.HardSigmoid(x);
    public double DerivativeAtSingleParameters(double x) => Activation.HardSigmoidDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.HardSigmoid(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.HardSigmoid(x, destination);
}

/// <summary><see cref="Activation.HardSwish(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct HardSwishKernel : IVariantKernel
{
    public double Value(double x) => Activation.HardSwish(x);
    public double Derivative(double x) => Activation.HardSwishDerivative(x);
    public float ValueSingle(float x) => Activation.HardSwish(x);
    public float DerivativeSingle(float x) => Activation.HardSwishDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.HardSwish(x);
    public double DerivativeAtSingleParameters(double x) => Activation.HardSwishDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.HardSwish(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.HardSwish(x, destination);
}

/// <summary><see cref="Activation.HardTanh(double, double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct HardTanhKernel(double min, double max) : IVariantKernel
{
    private readonly double _min = min;
    private readonly float _minSingle = (float)min;
    private readonly double _max = max;
    private readonly float _maxSingle = (float)max;
    public double Value(double x) => Activation.HardTanh(x, _min, _max);
    public double Derivative(double x) => Activation.HardTanhDerivative(x, _min, _max);
    public float ValueSingle(float x) => Activation.HardTanh(x, _minSingle, _maxSingle);
    public float DerivativeSingle(float x) => Activation.HardTanhDerivative(x, _minSingle, _maxSingle);
    public double ValueAtSingleParameters(double x) => Activation.HardTanh(x, (double)_minSingle, (double)_maxSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.HardTanhDerivative(x, (double)_minSingle, (double)_maxSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.HardTanh(x, destination, _min, _max);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.HardTanh(x, destination, _minSingle, _maxSingle);
}

/// <summary><see cref="Activation.LeakyReLU(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct LeakyReLUKernel(double alpha) : IVariantKernel
{
    private readonly double _alpha = alpha;
    private readonly float _alphaSingle = (float)alpha;
    public double Value(double x) => Activation.LeakyReLU(x, _alpha);
    public double Derivative(double x) => Activation.LeakyReLUDerivative(x, _alpha);
    public float ValueSingle(float x) => Activation.LeakyReLU(x, _alphaSingle);
    public float DerivativeSingle(float x) => Activation.LeakyReLUDerivative(x, _alphaSingle);
    public double ValueAtSingleParameters(double x) => Activation.LeakyReLU(x, (double)_alphaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.LeakyReLUDerivative(x, (double)_alphaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.LeakyReLU(x, destination, _alpha);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.LeakyReLU(x, destination, _alphaSingle);
}

/// <summary><see cref="Activation.LogSigmoid(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct LogSigmoidKernel : IVariantKernel
{
    public double Value(double x) => Activation.LogSigmoid(x);
    public double Derivative(double x) => Activation.LogSigmoidDerivative(x);
    public float ValueSingle(float x) => Activation.LogSigmoid(x);
    public float DerivativeSingle(float x) => Activation.LogSigmoidDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.LogSigmoid(x);
    public double DerivativeAtSingleParameters(double x) => Activation.LogSigmoidDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.LogSigmoid(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.LogSigmoid(x, destination);
}

/// <summary><see cref="Activation.Mish(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct MishKernel : IVariantKernel
{
    public double Value(double x) => Activation.Mish(x);
    public double Derivative(double x) => Activation.MishDerivative(x);
    public float ValueSingle(float x) => Activation.Mish(x);
    public float DerivativeSingle(float x) => Activation.MishDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.Mish(x);
    public double DerivativeAtSingleParameters(double x) => Activation.MishDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Mish(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Mish(x, destination);
}

/// <summary><see cref="Activation.ReLU(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct ReLUKernel : IVariantKernel
{
    public double Value(double x) => Activation.ReLU(x);
    public double Derivative(double x) => Activation.ReLUDerivative(x);
    public float ValueSingle(float x) => Activation.ReLU(x);
    public float DerivativeSingle(float x) => Activation.ReLUDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.ReLU(x);
    public double DerivativeAtSingleParameters(double x) => Activation.ReLUDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.ReLU(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.ReLU(x, destination);
}

/// <summary><see cref="Activation.ReLU6(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct ReLU6Kernel : IVariantKernel
{
    public double Value(double x) => Activation.ReLU6(x);
    public double Derivative(double x) => Activation.ReLU6Derivative(x);
    public float ValueSingle(float x) => Activation.ReLU6(x);
    public float DerivativeSingle(float x) => Activation.ReLU6Derivative(x);
    public double ValueAtSingleParameters(double x) => Activation.ReLU6(x);
    public double DerivativeAtSingleParameters(double x) => Activation.ReLU6Derivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.ReLU6(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.ReLU6(x, destination);
}

/// <summary><see cref="Activation.SELU(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct SELUKernel : IVariantKernel
{
    public double Value(double x) => Activation.SELU(x);
    public double Derivative(double x) => Activation.SELUDerivative(x);
    public float ValueSingle(float x) => Activation.SELU(x);
    public float DerivativeSingle(float x) => Activation.SELUDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.SELU(x);
    public double DerivativeAtSingleParameters(double x) => Activation.SELUDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.SELU(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.SELU(x, destination);
}

/// <summary><see cref="Activation.SiLU(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct SiLUKernel : IVariantKernel
{
    public double Value(double x) => Activation.SiLU(x);
    public double Derivative(double x) => Activation.SiLUDerivative(x);
    public float ValueSingle(float x) => Activation.SiLU(x);
    public float DerivativeSingle(float x) => Activation.SiLUDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.SiLU(x);
    public double DerivativeAtSingleParameters(double x) => Activation.SiLUDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.SiLU(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.SiLU(x, destination);
}

/// <summary><see cref="Activation.Sigmoid(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct SigmoidKernel : IVariantKernel
{
    public double Value(double x) => Activation.Sigmoid(x);
    public double Derivative(double x) => Activation.SigmoidDerivative(x);
    public float ValueSingle(float x) => Activation.Sigmoid(x);
    public float DerivativeSingle(float x) => Activation.SigmoidDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.Sigmoid(x);
    public double DerivativeAtSingleParameters(double x) => Activation.SigmoidDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Sigmoid(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Sigmoid(x, destination);
}

/// <summary><see cref="Activation.SoftShrink(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct SoftShrinkKernel(double @lambda) : IVariantKernel
{
    private readonly double _lambda = @lambda;
    private readonly float _lambdaSingle = (float)@lambda;
    public double Value(double x) => Activation.SoftShrink(x, _lambda);
    public double Derivative(double x) => Activation.SoftShrinkDerivative(x, _lambda);
    public float ValueSingle(float x) => Activation.SoftShrink(x, _lambdaSingle);
    public float DerivativeSingle(float x) => Activation.SoftShrinkDerivative(x, _lambdaSingle);
    public double ValueAtSingleParameters(double x) => Activation.SoftShrink(x, (double)_lambdaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.SoftShrinkDerivative(x, (double)_lambdaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.SoftShrink(x, destination, _lambda);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.SoftShrink(x, destination, _lambdaSingle);
}

/// <summary><see cref="Activation.Softplus(double, double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct SoftplusKernel(double beta, double threshold) : IVariantKernel
{
    private readonly double _beta = beta;
    private readonly float _betaSingle = (float)beta;
    private readonly double _threshold = threshold;
    private readonly float _thresholdSingle = (float)threshold;
    public double Value(double x) => Activation.Softplus(x, _beta, _threshold);
    public double Derivative(double x) => Activation.SoftplusDerivative(x, _beta, _threshold);
    public float ValueSingle(float x) => Activation.Softplus(x, _betaSingle, _thresholdSingle);
    public float DerivativeSingle(float x) => Activation.SoftplusDerivative(x, _betaSingle, _thresholdSingle);
    public double ValueAtSingleParameters(double x) => Activation.Softplus(x, (double)_betaSingle, (double)_thresholdSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.SoftplusDerivative(x, (double)_betaSingle, (double)_thresholdSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Softplus(x, destination, _beta, _threshold);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Softplus(x, destination, _betaSingle, _thresholdSingle);
}

/// <summary><see cref="Activation.Softsign(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct SoftsignKernel : IVariantKernel
{
    public double Value(double x) => Activation.Softsign(x);
    public double Derivative(double x) => Activation.SoftsignDerivative(x);
    public float ValueSingle(float x) => Activation.Softsign(x);
    public float DerivativeSingle(float x) => Activation.SoftsignDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.Softsign(x);
    public double DerivativeAtSingleParameters(double x) => Activation.SoftsignDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Softsign(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Softsign(x, destination);
}

/// <summary><see cref="Activation.Tanh(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct TanhKernel : IVariantKernel
{
    public double Value(double x) => Activation.Tanh(x);
    public double Derivative(double x) => Activation.TanhDerivative(x);
    public float ValueSingle(float x) => Activation.Tanh(x);
    public float DerivativeSingle(float x) => Activation.TanhDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.Tanh(x);
    public double DerivativeAtSingleParameters(double x) => Activation.TanhDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Tanh(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Tanh(x, destination);
}

/// <summary><see cref="Activation.TanhShrink(double)"/> and its derivative, every scalar path.</summary>
internal readonly struct TanhShrinkKernel : IVariantKernel
{
    public double Value(double x) => Activation.TanhShrink(x);
    public double Derivative(double x) => Activation.TanhShrinkDerivative(x);
    public float ValueSingle(float x) => Activation.TanhShrink(x);
    public float DerivativeSingle(float x) => Activation.TanhShrinkDerivative(x);
    public double ValueAtSingleParameters(double x) => Activation.TanhShrink(x);
    public double DerivativeAtSingleParameters(double x) => Activation.TanhShrinkDerivative(x);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.TanhShrink(x, destination);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.TanhShrink(x, destination);
}

/// <summary><see cref="Activation.Threshold(double, double)"/> and its derivative at fixed parameters, every scalar path.</summary>
/// <remarks>The float paths receive the parameters rounded to float, as a float caller passes them.</remarks>
internal readonly struct ThresholdKernel(double theta) : IVariantKernel
{
    private readonly double _theta = theta;
    private readonly float _thetaSingle = (float)theta;
    public double Value(double x) => Activation.Threshold(x, _theta);
    public double Derivative(double x) => Activation.ThresholdDerivative(x, _theta);
    public float ValueSingle(float x) => Activation.Threshold(x, _thetaSingle);
    public float DerivativeSingle(float x) => Activation.ThresholdDerivative(x, _thetaSingle);
    public double ValueAtSingleParameters(double x) => Activation.Threshold(x, (double)_thetaSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.ThresholdDerivative(x, (double)_thetaSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.Threshold(x, destination, _theta);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.Threshold(x, destination, _thetaSingle);
}

/// <summary><see cref="Activation.PReLU(double, double)"/> and its derivative, every scalar path.</summary>
internal readonly struct PReLUKernel(double slope) : IVariantKernel
{
    private readonly double _slope = slope;
    private readonly float _slopeSingle = (float)slope;
    public double Value(double x) => Activation.PReLU(x, _slope);
    public double Derivative(double x) => Activation.PReLUDerivative(x, _slope);
    public float ValueSingle(float x) => Activation.PReLU(x, _slopeSingle);
    public float DerivativeSingle(float x) => Activation.PReLUDerivative(x, _slopeSingle);
    public double ValueAtSingleParameters(double x) => Activation.PReLU(x, (double)_slopeSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.PReLUDerivative(x, (double)_slopeSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.PReLU(x, destination, _slope);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.PReLU(x, destination, _slopeSingle);
}

/// <summary><see cref="Activation.RReLU(double, double, double)"/> (evaluation form) and its derivative, every scalar path.</summary>
internal readonly struct RReLUKernel(double lower, double upper) : IVariantKernel
{
    private readonly double _lower = lower;
    private readonly double _upper = upper;
    private readonly float _lowerSingle = (float)lower;
    private readonly float _upperSingle = (float)upper;
    public double Value(double x) => Activation.RReLU(x, _lower, _upper);
    public double Derivative(double x) => Activation.RReLUDerivative(x, _lower, _upper);
    public float ValueSingle(float x) => Activation.RReLU(x, _lowerSingle, _upperSingle);
    public float DerivativeSingle(float x) => Activation.RReLUDerivative(x, _lowerSingle, _upperSingle);
    public double ValueAtSingleParameters(double x) => Activation.RReLU(x, (double)_lowerSingle, (double)_upperSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.RReLUDerivative(x, (double)_lowerSingle, (double)_upperSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.RReLU(x, destination, _lower, _upper);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.RReLU(x, destination, _lowerSingle, _upperSingle);
}

/// <summary><see cref="Activation.ThresholdReplace(double, double, double)"/> and its derivative, every scalar path.</summary>
internal readonly struct ThresholdReplaceKernel(double threshold, double value) : IVariantKernel
{
    private readonly double _threshold = threshold;
    private readonly double _value = value;
    private readonly float _thresholdSingle = (float)threshold;
    private readonly float _valueSingle = (float)value;
    public double Value(double x) => Activation.ThresholdReplace(x, _threshold, _value);
    public double Derivative(double x) => Activation.ThresholdReplaceDerivative(x, _threshold, _value);
    public float ValueSingle(float x) => Activation.ThresholdReplace(x, _thresholdSingle, _valueSingle);
    public float DerivativeSingle(float x) => Activation.ThresholdReplaceDerivative(x, _thresholdSingle, _valueSingle);
    public double ValueAtSingleParameters(double x) => Activation.ThresholdReplace(x, (double)_thresholdSingle, (double)_valueSingle);
    public double DerivativeAtSingleParameters(double x) => Activation.ThresholdReplaceDerivative(x, (double)_thresholdSingle, (double)_valueSingle);
    public void ValueSpan(ReadOnlySpan<double> x, Span<double> destination) => Activation.ThresholdReplace(x, destination, _threshold, _value);
    public void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination) => Activation.ThresholdReplace(x, destination, _thresholdSingle, _valueSingle);
}
