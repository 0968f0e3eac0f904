using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResponseTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ResponseTallies",
                columns: table => new
                {
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Department = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<short>(type: "INTEGER", nullable: false),
                    Value = table.Column<short>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTallies", x => new { x.AssessmentId, x.Department, x.Role, x.Item, x.Value });
                    table.CheckConstraint("CK_ResponseTallies_ItemValue", "(\"Item\" = 0 AND \"Value\" BETWEEN 20 AND 100) OR (\"Item\" BETWEEN 1 AND 20 AND \"Value\" BETWEEN 1 AND 5)");
                    table.ForeignKey(
                        name: "FK_ResponseTallies_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Backfill: count the responses already stored. Written out here rather than calling app code, so this
            // migration does the same thing whatever the app later becomes. Plain SQL for SQLite and PostgreSQL.
            const string groupBy = "\"AssessmentId\", \"Department\", \"Role\"";
            const string insert = "INSERT INTO \"ResponseTallies\" (\"AssessmentId\", \"Department\", \"Role\", \"Item\", \"Value\", \"Count\") ";
            migrationBuilder.Sql(insert + $"SELECT {groupBy}, 0, \"Total\", COUNT(*) FROM \"Responses\" GROUP BY {groupBy}, \"Total\";");
            for (var statement = 1; statement <= 20; statement++)
            {
                var column = $"\"A{statement:00}\"";
                migrationBuilder.Sql(insert + $"SELECT {groupBy}, {statement}, {column}, COUNT(*) FROM \"Responses\" GROUP BY {groupBy}, {column};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResponseTallies");
        }
    }
}
