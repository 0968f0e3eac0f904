using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResponsesIndexWithTotal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Responses_AssessmentId_Department_Role",
                table: "Responses");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_AssessmentId_Department_Role_Total",
                table: "Responses",
                columns: new[] { "AssessmentId", "Department", "Role", "Total" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Responses_AssessmentId_Department_Role_Total",
                table: "Responses");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_AssessmentId_Department_Role",
                table: "Responses",
                columns: new[] { "AssessmentId", "Department", "Role" });
        }
    }
}
