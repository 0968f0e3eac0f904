using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentSurveyLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SurveyLanguage",
                table: "Assessments",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SurveyLanguage",
                table: "Assessments");
        }
    }
}
