using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Tests.Shared;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.ScaleOut;

/// <summary>
/// Two app processes on one PostgreSQL database behind nginx (round robin), started at the same moment so that their
/// migrations and first Data Protection key race as in a real rollout.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string AdminEmail = "admin@scale.example";
    public const string AdminPassword = "correct horse battery staple";

    public string ConnectionString { get; private set; } = "";

    public AppInstance First { get; private set; } = null!;

    public AppInstance Second { get; private set; } = null!;

    public NginxProxy Proxy { get; } = new();

    public string SalesToken { get; private set; } = "";

    public int AssessmentId { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = DatabaseOptions.Postgres,
            ["ConnectionStrings:Default"] = ConnectionString,
            ["AllowedHosts"] = "127.0.0.1",
            ["Api:AnonymousPermitsPerMinute"] = "100000000",
            // Every client here is one loopback address: the per-address limits would refuse the load test.
            ["RateLimits:SurveyResponsesPerMinute"] = "100000",
            ["RateLimits:SignInAttemptsPerMinute"] = "100000",
            ["RateLimits:OtherFormPostsPerMinute"] = "100000",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        First = new AppInstance("first", settings);
        Second = new AppInstance("second", settings);
        await Task.WhenAll(First.StartAsync(), Second.StartAsync());

        var assessment = await WithDbAsync(async db =>
        {
            var created = new Assessment
            {
                Organization = new Organization { Name = "Scale Ltd", CreatedOn = new DateOnly(2026, 1, 5) },
                Title = "Scale round",
                Status = AssessmentStatus.Open,
                CreatedOn = new DateOnly(2026, 1, 5),
                CreatedBy = "seed",
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            db.Assessments.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        AssessmentId = assessment.Id;
        SalesToken = assessment.Links.Single(l => l.Department == Department.Sales).Token;

        await Proxy.StartAsync([First, Second]);
    }

    public async Task<T> WithDbAsync<T>(Func<AlignmentDbContext, Task<T>> action)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddAlignmentData(DatabaseOptions.Postgres, _ => ConnectionString).BuildServiceProvider();
        using var scope = services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AlignmentDbContext>());
    }

    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Proxy.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

/// <summary>
/// The app scaled out: what one instance issues (sign-in cookie, antiforgery token) the other accepts, and survey
/// submissions stay exact while instances are restarted and killed under load.
/// </summary>
public sealed class TwoInstancesBehindNginxTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    private static string Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Upstream", out var values) ? values.Single() : "";

    [Fact]
    public async Task SignIn_ThroughOneInstance_TheSessionWorksOnTheOther()
    {
        using var browser = cluster.NewBrowser();

        var loginPage = await browser.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var page = await Html.ParseAsync(loginPage);
        var signIn = await browser.PostFormAsync("/Account/Login", page,
            [new("Input.Email", ScaleOutCluster.AdminEmail), new("Input.Password", ScaleOutCluster.AdminPassword)]);
        var afterwards = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            afterwards.Add(await browser.GetAsync(new Uri("/Organizations", UriKind.Relative)));
        }

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the antiforgery token from {0} is valid on {1}", Upstream(loginPage), Upstream(signIn));
        Upstream(signIn).Should().NotBe(Upstream(loginPage), "round robin sends the post to the other instance");
        afterwards.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK, "the sign-in cookie is read by both instances");
        afterwards.Select(Upstream).Distinct().Should().BeEquivalentTo([cluster.First.Address, cluster.Second.Address]);
    }

    [Fact]
    public async Task SurveyForm_LoadedFromOneInstance_IsAcceptedByTheOther()
    {
        using var browser = cluster.NewBrowser();
        var before = await cluster.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == cluster.AssessmentId));

        var form = await browser.GetAsync(new Uri($"/s/{cluster.SalesToken}", UriKind.Relative));
        var page = await Html.ParseAsync(form);
        var fields = Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "4"))
            .Prepend(new("Input.Role", "Staff"));
        var sent = await browser.PostFormAsync($"/s/{cluster.SalesToken}", page, fields);

        Upstream(sent).Should().NotBe(Upstream(form), "round robin sends the post to the other instance");
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sent.Headers.Location!.OriginalString.Should().StartWith($"/s/{cluster.SalesToken}/thanks");
        (await cluster.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == cluster.AssessmentId))).Should().Be(before + 1);
    }

    [Fact]
    public async Task Submissions_WhileOneInstanceIsRestartedThenKilled_EveryAcknowledgedOneIsStoredOnceAndTalliesEqualARecount()
    {
        const int Submissions = 2_000;
        const int Clients = 32;
        var before = await cluster.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == cluster.AssessmentId));
        var acknowledged = new ConcurrentDictionary<int, int>();
        var failedAttempts = 0;
        var next = -1;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = cluster.Proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        async Task SendAllAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Submissions)
            {
                string? key = null;
                // A respondent whose submission was not acknowledged sends it again with the same server-issued key
                // (issued by whichever instance answered the GET: the keys are shared through the database).
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        key ??= (await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{cluster.SalesToken}")).GetProperty("submissionKey").GetString();
                        var body = new
                        {
                            role = index % 7 == 0 ? "Head" : "Staff",
                            answers = Enumerable.Range(0, 20).Select(i => 1 + ((index + (i * 3)) % 5)).ToArray(),
                            submissionKey = key,
                        };
                        var response = await client.PostAsJsonAsync($"/api/v1/surveys/{cluster.SalesToken}/responses", body);
                        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                        {
                            acknowledged[index] = (int)response.StatusCode;
                            break;
                        }
                    }
                    catch (HttpRequestException)
                    {
                    }
                    catch (TaskCanceledException)
                    {
                    }

                    Interlocked.Increment(ref failedAttempts);
                    attempt.Should().BeLessThan(100, "an instance stays up while the other restarts");
                    await Task.Delay(50);
                }
            }
        }

        async Task RestartsAsync()
        {
            while (acknowledged.Count < Submissions / 4)
            {
                await Task.Delay(20);
            }

            await cluster.First.StopGracefullyAsync();
            await cluster.First.StartAsync();
            while (acknowledged.Count < Submissions / 2)
            {
                await Task.Delay(20);
            }

            await cluster.Second.KillAsync();
            await cluster.Second.StartAsync();
        }

        var load = Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(SendAllAsync)));
        var restarts = RestartsAsync();
        await load;
        await restarts;

        acknowledged.Should().HaveCount(Submissions);
        var (storedKeys, tallies, recount) = await cluster.WithDbAsync(async db =>
        {
            var rows = await db.Responses.AsNoTracking().Where(r => r.AssessmentId == cluster.AssessmentId).ToListAsync();
            var counted = await db.ResponseTallies.Where(t => t.AssessmentId == cluster.AssessmentId && t.Count != 0)
                .ToDictionaryAsync(t => (t.Department, t.Role, t.Item, t.Value), t => t.Count);
            var expected = rows
                .SelectMany(r => Enumerable.Range(1, 20).Select(s => (r.Department, r.Role, Item: (short)s, Value: (short)r.Answer(s)))
                    .Append((r.Department, r.Role, ResponseTally.TotalItem, r.Total)))
                .GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());
            return (rows.Select(r => r.SubmissionKey).ToList(), counted, expected);
        });
        // Each submission has its own key and a key is stored at most once (unique index): as many new rows as
        // acknowledged submissions means every one is stored exactly once.
        storedKeys.Should().HaveCount(before + Submissions, "every acknowledged submission is stored exactly once").And.OnlyHaveUniqueItems();
        tallies.Should().BeEquivalentTo(recount);
    }
}
