namespace Portalis.Examples.RuntimeTour;

/// <summary>Entry point: <c>dotnet run --project examples/RuntimeTour</c>.</summary>
public static class Program
{
    /// <summary>Runs the tour and prints it to standard output.</summary>
    public static void Main() => Tour.Run(Console.Out);
}
