using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReleaseCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceItemsByReleaseAndSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceItems_ReleaseId",
                table: "SourceItems");

            migrationBuilder.CreateIndex(
                name: "IX_SourceItems_ReleaseId_SourceId",
                table: "SourceItems",
                columns: new[] { "ReleaseId", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceItems_ReleaseId_SourceId",
                table: "SourceItems");

            migrationBuilder.CreateIndex(
                name: "IX_SourceItems_ReleaseId",
                table: "SourceItems",
                column: "ReleaseId");
        }
    }
}
