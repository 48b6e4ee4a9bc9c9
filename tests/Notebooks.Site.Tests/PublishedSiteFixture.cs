namespace Notebooks.Site.Tests;

/// <summary>The sample collection published once into a temp folder, shared by the tests that only read it.</summary>
public sealed class PublishedSiteFixture : IDisposable
{
    private readonly TempDirectory _site = new();

    public PublishedSiteFixture()
    {
        // The runner writes the executed notebooks itself; the publisher must leave them alone.
        Directory.CreateDirectory(_site.File("notebooks"));
        foreach (var notebook in SampleNotebooks.Collection())
            File.WriteAllText(_site.File($"notebooks/{notebook.Name}.ipynb"), "{\"cells\": []}");
        SitePublisher.Publish(SampleNotebooks.Collection(), _site.Path);
    }

    internal TempDirectory Site => _site;

    public string Read(string relativePath) => _site.Read(relativePath);

    public void Dispose() => _site.Dispose();
}
