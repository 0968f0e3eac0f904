using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Changes;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Features.Portfolio;
using SalesMarketingAlignment.Web.Features.Reports;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

var (demoRequested, appArgs) = DemoOptions.TakeFlag(args);
var (migrateToPostgres, hostArgs) = MigrateToPostgresCommand.TakeOption(appArgs);
var builder = WebApplication.CreateBuilder(hostArgs);
if (demoRequested)
{
    builder.Configuration.AddInMemoryCollection([new("Demo:Enabled", "true")]);
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAppOptions();
builder.Services.AddAppForwardedHeaders();
builder.Services.AddSingleton(sp => new DatabaseConnection(ConnectionStrings.Resolve(
    sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>())));
builder.Services.AddAlignmentData(sp => sp.GetRequiredService<DatabaseConnection>().ConnectionString);
builder.Services.AddSharedDataProtection();

builder.Services
    .AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        PasswordRule.Configure(options.Password);
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<AlignmentDbContext>()
    .AddDefaultTokenProviders();

// OWASP's PBKDF2-HMAC-SHA256 recommendation (the framework default is 100,000).
builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    // Idle timeout (ASVS 7.3.1; decision 0011): renewed while in use, gone after 8 hours without a request.
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;
    // Absolute lifetime: 12 hours after the password was checked (Features/Accounts/SessionLifetime).
    SessionLifetime.Apply(options);
});

builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
    .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All.ToArray()))
    .AddOrganizationPolicies();
builder.Services.AddScoped<IAuthorizationHandler, OrganizationAuthorizationHandler>();

// Bearer tokens, cookie-or-bearer policies, 401/403 ProblemDetails under /api, rate limit, OpenAPI (Api/).
builder.Services.AddApi();

builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
// As options, so that a test host can add its pseudo-language (decision 0012).
builder.Services.Configure<RequestLocalizationOptions>(RequestLanguages.Configure);
builder.Services
    .AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Organizations", Policies.Staff);
        options.Conventions.AuthorizeFolder("/Assessments", Policies.Staff);
        options.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
        options.Conventions.AuthorizePage("/Account/Logout");
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
builder.Services.AddProblemDetails(LocalizedProblemDetails.Configure);
// Errors, status codes and storage failures: ProblemDetails under /api, the error page elsewhere (Infrastructure/ErrorPipeline).
builder.Services.AddErrorPipeline();
builder.Services.AddHealthChecks().AddCheck<DatabaseWriteHealthCheck>(DatabaseWriteHealthCheck.Name, timeout: TimeSpan.FromSeconds(10));
builder.Services.AddAppResponseCompression();
builder.Services.AddAppStaticAssets();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSecurityHeaders();
builder.Services.AddUserFeatures().AddOrganizationFeatures().AddAccountFeatures();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddAssessmentFeatures();
builder.Services.AddPlanFeatures();
builder.Services.AddChangesFeatures().AddPortfolioFeatures();
builder.Services.AddSurveyFeatures();
builder.Services.AddMail();
builder.Services.AddInvitationFeatures();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();
if (migrateToPostgres is not null)
{
    Environment.ExitCode = await MigrateToPostgresCommand.RunAsync(app.Services, migrateToPostgres);
    return;
}

// The client's real address from configured proxies only (Infrastructure/ForwardedHeadersSetup); the rate limits use it.
app.UseAppForwardedHeaders();
// CSP, nosniff, no referrer, no-store and the rest on every response, errors included (Infrastructure/SecurityHeaders).
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseErrorPipeline();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseRequestLocalization();
app.UseRouting();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseSessionValidation();
app.UseCrossSiteRequestCheck();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthEndpoint();
app.MapAppStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapApi();
app.MapPdfReports();

await app.RunAsync();

/// <summary>Entry point; public and partial so integration tests can start the app (WebApplicationFactory).</summary>
public partial class Program;
