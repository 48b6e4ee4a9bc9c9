namespace Notebooks.Site;

/// <summary>What the index page says about the collection.</summary>
public sealed record SiteOptions
{
    /// <summary>The collection's title: the index page's heading and every page's home link.</summary>
    public string Title { get; init; } = "Activation functions in C#";

    /// <summary>A short introduction in Markdown, shown under the title on the index page.</summary>
    public string Introduction { get; init; } =
        "Tutorials on the activation functions of neural networks — sigmoid, tanh, ReLU, softmax and their " +
        "relatives — worked through in C#: the mathematics, a careful implementation, and plots of each function " +
        "and its derivative. Every page shows a notebook exactly as it ran, outputs included; the executed " +
        "notebook can be downloaded from its page.";
}
