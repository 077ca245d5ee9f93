namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>Where the bundler is: the file a node was read from, its pointer in that file, and its pointer in the bundled document.</summary>
internal readonly struct BundlePosition
{
    public BundlePosition(string file, string filePointer, string bundlePointer)
    {
        File = file;
        FilePointer = filePointer;
        BundlePointer = bundlePointer;
    }

    public string File { get; }

    public string FilePointer { get; }

    public string BundlePointer { get; }

    public BundlePosition Child(string segment) =>
        new(File, JsonPointer.Append(FilePointer, segment), JsonPointer.Append(BundlePointer, segment));

    public BundlePosition Child(int index) => Child(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
