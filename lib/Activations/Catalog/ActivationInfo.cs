namespace Activations;

/// <summary>
/// One activation function described once: name, formulas in LaTeX, output range, parameters, and
/// methods that evaluate it by calling the library (never a re-typed formula).
/// </summary>
/// <remarks>
/// <para>Every activation file of the library declares its entry next to its implementation;
/// <see cref="ActivationCatalog"/> gathers them.</para>
/// <para>The evaluation methods without parameter values use the defaults; <see cref="Bind"/> fixes
/// other values. For the functions of a whole vector (<see cref="IsElementwise"/> false: softmax and
/// relatives) only the span form of <c>Value</c> exists; the scalar forms and <c>Derivative</c> throw
/// <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public sealed class ActivationInfo
{
    private readonly Func<double[], ActivationKernel> _bind;
    private readonly ActivationParameter[] _parameters;
    private readonly Func<int, int> _outputLength;

    private ActivationInfo(
        string name, ActivationFamily family, string description, string reference,
        string latexValue, string latexDerivative, ActivationRange range,
        ActivationParameter[] parameters, bool isElementwise, Func<double[], ActivationKernel> bind,
        Func<int, int>? outputLength = null)
    {
        _outputLength = outputLength ?? (length => length);
        Name = name;
        Family = family;
        Description = description;
        Reference = reference;
        LatexValue = latexValue;
        LatexDerivative = latexDerivative;
        Range = range;
        _parameters = parameters;
        IsElementwise = isElementwise;
        _bind = bind;
        double[] defaults = Array.ConvertAll(parameters, p => p.DefaultValue);
        Default = new BoundActivation(this, defaults, bind(defaults));
    }

    /// <summary>The name of the <see cref="Activation"/> method (e.g. <c>LeakyReLU</c>); the catalogue key.</summary>
    public string Name { get; }

    /// <summary>The group the function belongs to.</summary>
    public ActivationFamily Family { get; }

    /// <summary>One or two sentences: what the function does and where it is used.</summary>
    public string Description { get; }

    /// <summary>Where the definition (and default parameters) comes from, e.g. <c>PyTorch torch.nn.ELU</c>.</summary>
    public string Reference { get; }

    /// <summary>The right-hand side of f(x) = …, in LaTeX (for vector functions, of f(x)_i = …).</summary>
    public string LatexValue { get; }

    /// <summary>The right-hand side of f′(x) = …, in LaTeX, with the convention used at kinks
    /// (for vector functions, the Jacobian ∂f_i/∂x_j).</summary>
    public string LatexDerivative { get; }

    /// <summary>The output range (of each component, for vector functions).</summary>
    public ActivationRange Range { get; }

    /// <summary>The parameters, in the order of the <see cref="Activation"/> method's parameters.</summary>
    public IReadOnlyList<ActivationParameter> Parameters => _parameters;

    /// <summary>Whether the function acts element by element (false for softmax and relatives).</summary>
    public bool IsElementwise { get; }

    /// <summary>What a reader chooses the function by: zero-centred, monotonic, smooth, saturation, typical
    /// use (bounds: <see cref="Range"/>).</summary>
    public ActivationProperties Properties => ActivationGuide.For(Name);

    /// <summary>The length of the output for an input of <paramref name="inputLength"/> elements: the same
    /// but for GLU, which halves it.</summary>
    public int OutputLength(int inputLength) => _outputLength(inputLength);

    /// <summary>The function with its default parameter values.</summary>
    public BoundActivation Default { get; }

    /// <summary>
    /// Fixes parameter values, in the order of <see cref="Parameters"/>; parameters left out keep their
    /// default (so <c>Bind()</c> is <see cref="Default"/>).
    /// </summary>
    /// <exception cref="ArgumentException">More values than parameters (names <c>parameters</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value the function does not accept, named after the
    /// parameter (e.g. <c>beta</c> ≤ 0).</exception>
    public BoundActivation Bind(params double[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Length > _parameters.Length)
        {
            ThrowHelper.ThrowArgument(
                $"{Name} takes {_parameters.Length} parameter(s) ({string.Join(", ", _parameters.Select(p => p.Name))}) but {parameters.Length} value(s) were given.",
                nameof(parameters));
        }

        double[] values = new double[_parameters.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i < parameters.Length ? parameters[i] : _parameters[i].DefaultValue;
        }

        return new BoundActivation(this, values, _bind(values));
    }

    /// <summary>f(x) with default parameters. Element-wise entries only.</summary>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Value(double x) => Default.Value(x);

    /// <inheritdoc cref="Value(double)"/>
    public float Value(float x) => Default.Value(x);

    /// <summary>f(x) with the given parameter values (see <see cref="Bind"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Bind"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Value(double x, params double[] parameters) => Bind(parameters).Value(x);

    /// <summary>f′(x) with default parameters. Element-wise entries only.</summary>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Derivative(double x) => Default.Derivative(x);

    /// <inheritdoc cref="Derivative(double)"/>
    public float Derivative(float x) => Default.Derivative(x);

    /// <summary>f′(x) with the given parameter values (see <see cref="Bind"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Bind"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Derivative(double x, params double[] parameters) => Bind(parameters).Derivative(x);

    /// <inheritdoc cref="BoundActivation.Value(ReadOnlySpan{double}, Span{double})"/>
    public void Value(ReadOnlySpan<double> x, Span<double> destination) => Default.Value(x, destination);

    /// <inheritdoc cref="BoundActivation.Value(ReadOnlySpan{double}, Span{double})"/>
    public void Value(ReadOnlySpan<float> x, Span<float> destination) => Default.Value(x, destination);

    /// <inheritdoc cref="BoundActivation.Derivative(ReadOnlySpan{double}, Span{double})"/>
    public void Derivative(ReadOnlySpan<double> x, Span<double> destination) => Default.Derivative(x, destination);

    /// <inheritdoc cref="BoundActivation.Derivative(ReadOnlySpan{double}, Span{double})"/>
    public void Derivative(ReadOnlySpan<float> x, Span<float> destination) => Default.Derivative(x, destination);

    /// <inheritdoc cref="BoundActivation.Values(ReadOnlySpan{double})"/>
    public double[] Values(ReadOnlySpan<double> x) => Default.Values(x);

    /// <inheritdoc cref="BoundActivation.Derivatives(ReadOnlySpan{double})"/>
    public double[] Derivatives(ReadOnlySpan<double> x) => Default.Derivatives(x);

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    /// <summary>Describes an element-wise activation implemented by <typeparamref name="TOperator"/>;
    /// <c>create</c> builds the operator from parameter values (its constructor validates them).</summary>
    internal static ActivationInfo Elementwise<TOperator>(
        string name, ActivationFamily family, string description, string reference,
        string latexValue, string latexDerivative, ActivationRange range,
        ActivationParameter[] parameters, Func<double[], TOperator> create)
        where TOperator : struct, IActivationOperator =>
        new(name, family, description, reference, latexValue, latexDerivative, range, parameters,
            isElementwise: true, bind: values => new ElementwiseKernel<TOperator>(values, create));

    /// <summary>Describes a function of a whole vector, without parameters; <c>outputLength</c> maps the
    /// input length to the output length (default: the same).</summary>
    internal static ActivationInfo Vector(
        string name, ActivationFamily family, string description, string reference,
        string latexValue, string latexDerivative, ActivationRange range,
        SpanFunction<double> value, SpanFunction<float> valueSingle, Func<int, int>? outputLength = null) =>
        new(name, family, description, reference, latexValue, latexDerivative, range, [],
            isElementwise: false, bind: _ => new VectorKernel(name, value, valueSingle), outputLength);
}
