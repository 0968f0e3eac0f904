using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentClosingDateAndHeadsRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosesOn",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeadsToldOfHeadsView",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosesOn",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "HeadsToldOfHeadsView",
                table: "Assessments");
        }
    }
}
