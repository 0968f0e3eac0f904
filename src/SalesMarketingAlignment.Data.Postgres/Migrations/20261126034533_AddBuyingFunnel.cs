using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesMarketingAlignment.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddBuyingFunnel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BuyingFunnel",
                table: "Assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FunnelTallies",
                columns: table => new
                {
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Department = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<short>(type: "smallint", nullable: false),
                    Lead = table.Column<short>(type: "smallint", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelTallies", x => new { x.AssessmentId, x.Department, x.Stage, x.Lead });
                    table.CheckConstraint("CK_FunnelTallies_StageLead", "(\"Stage\" = 0 AND \"Lead\" = 0) OR (\"Stage\" BETWEEN 1 AND 8 AND \"Lead\" BETWEEN 1 AND 4)");
                    table.ForeignKey(
                        name: "FK_FunnelTallies_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FunnelTallies");

            migrationBuilder.DropColumn(
                name: "BuyingFunnel",
                table: "Assessments");
        }
    }
}
