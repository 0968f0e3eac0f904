using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Authorization;

/// <summary>The matrix's callers and data on an app running on PostgreSQL.</summary>
public sealed class PostgresMatrixFixture() : MatrixFixture(new ApiFixture(AppFactory.OnPostgres(ApiFixture.Settings)));

/// <summary>
/// The whole authorization matrix (every page and API endpoint, signed in by cookie and by bearer token, own and other
/// organization) again on PostgreSQL: the representative web run on the second provider.
/// </summary>
public sealed class AuthorizationMatrixPostgresTests(PostgresMatrixFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<PostgresMatrixFixture>;
