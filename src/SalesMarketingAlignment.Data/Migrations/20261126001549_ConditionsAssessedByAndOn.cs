using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConditionsAssessedByAndOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConditionsAssessedBy",
                table: "Assessments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConditionsAssessedOn",
                table: "Assessments",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConditionsAssessedBy",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "ConditionsAssessedOn",
                table: "Assessments");
        }
    }
}
