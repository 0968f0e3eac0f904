using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.EntityFrameworkCore.Design.Internal;
using SalesMarketingAlignment.Data.CompiledModels;
using SalesMarketingAlignment.Data.Tests.Infrastructure;

namespace SalesMarketingAlignment.Data.Tests.CompiledModels;

/// <summary>
/// The app runs SQLite on the compiled model in src/SalesMarketingAlignment.Data/CompiledModels (start-up, decision
/// 0008). It is generated code: when an entity or its configuration changes it must be generated again, or the app
/// would run on the old model. The test generates it as <c>dotnet ef dbcontext optimize</c> does and compares.
/// </summary>
public sealed partial class AlignmentDbContextModelTests
{
    private const string ModelNamespace = "SalesMarketingAlignment.Data.CompiledModels";

    [Fact]
    public void CompiledModel_IsWhatTheConfigurationsGenerate()
    {
        var committedFolder = Path.Combine(RepositoryRoot(), "src", "SalesMarketingAlignment.Data", "CompiledModels");
        var generatedFolder = Directory.CreateTempSubdirectory("sma-compiled-model-").FullName;
        try
        {
            // EF's design-time API (internal, as the dotnet-ef tool uses it): the same code generation as the command.
#pragma warning disable EF1001
            var assembly = typeof(AlignmentDbContext).Assembly;
            var operations = new DbContextOperations(
                new OperationReporter(handler: null), assembly, assembly, project: "SalesMarketingAlignment.Data.csproj",
                projectDir: Path.GetDirectoryName(committedFolder)!, rootNamespace: "SalesMarketingAlignment.Data", language: "C#",
                nullable: true, args: []);
            operations.Optimize(generatedFolder, ModelNamespace, contextTypeName: null, suffix: null, scaffoldModel: true,
                precompileQueries: false, nativeAot: false);
#pragma warning restore EF1001

            var generated = Files(generatedFolder);
            var committed = Files(committedFolder);
            committed.Keys.Should().BeEquivalentTo(generated.Keys, Regenerate);
            foreach (var (name, text) in generated)
            {
                committed[name].Should().Be(text, $"{name}: {Regenerate}");
            }
        }
        finally
        {
            Directory.Delete(generatedFolder, recursive: true);
        }
    }

    [Fact]
    public async Task App_OnSqlite_RunsOnTheCompiledModel()
    {
        var model = await ModelOfAsync(DatabaseOptions.Sqlite);

        model.Should().BeSameAs(AlignmentDbContextModel.Instance);
    }

    [Fact]
    public async Task App_OnPostgres_BuildsItsOwnModel()
    {
        // The compiled model carries SQLite's type mappings: PostgreSQL must never pick it up (the assembly attribute
        // that names it notwithstanding).
        var model = await ModelOfAsync(DatabaseOptions.Postgres);

        model.Should().NotBeSameAs(AlignmentDbContextModel.Instance);
        model.GetType().Should().NotBe<AlignmentDbContextModel>();
    }

    private static async Task<Microsoft.EntityFrameworkCore.Metadata.IModel> ModelOfAsync(string provider)
    {
        var database = new TestDatabase(provider);
        await database.InitializeAsync();
        try
        {
            return await database.WithDbAsync(db => Task.FromResult(db.Model));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private const string Regenerate =
        "the compiled model must match the configurations: run dotnet ef dbcontext optimize --project src/SalesMarketingAlignment.Data " +
        "--output-dir CompiledModels --namespace " + ModelNamespace;

    /// <summary>The generated files by name; the model id, a new random GUID at each generation, left out.</summary>
    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*.cs").ToDictionary(
            f => Path.GetFileName(f),
            f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: new Guid(\"…\")"));

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesMarketingAlignment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesMarketingAlignment.sln not found above " + AppContext.BaseDirectory);
    }
}
