using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReleaseAndExclusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FiguresReleasedAt",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FiguresReleasedBy",
                table: "Assessments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ResponseExclusions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Department = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Total = table.Column<short>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExcludedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ExcludedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseExclusions_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseExclusions_AssessmentId_ResponseId",
                table: "ResponseExclusions",
                columns: new[] { "AssessmentId", "ResponseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResponseExclusions_AssessmentId_SubmissionKey",
                table: "ResponseExclusions",
                columns: new[] { "AssessmentId", "SubmissionKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResponseExclusions");

            migrationBuilder.DropColumn(
                name: "FiguresReleasedAt",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "FiguresReleasedBy",
                table: "Assessments");
        }
    }
}
