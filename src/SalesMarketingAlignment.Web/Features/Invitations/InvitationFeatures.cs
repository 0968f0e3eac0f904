namespace SalesMarketingAlignment.Web.Features.Invitations;

public static class InvitationFeatures
{
    /// <summary>Personal invitations, their delivery by email, and participation (the Invitations page and the API).</summary>
    public static IServiceCollection AddInvitationFeatures(this IServiceCollection services)
    {
        services.AddScoped<ImportInvitations>();
        services.AddScoped<ListInvitations>();
        services.AddScoped<SendInvitations>();
        services.AddScoped<GetParticipation>();
        services.AddSingleton<InvitationDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<InvitationDelivery>());
        return services;
    }
}
