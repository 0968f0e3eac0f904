using PdfSharp.Drawing;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.TableLayout;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>How a column's header and cells line up: numbers to the right, text to the left.</summary>
internal enum ColumnAlignment
{
    Left = 1,
    Right = 2,
}

/// <summary>One column of a <see cref="RepeatingHeaderTable"/>; a null width takes what the other columns leave.</summary>
internal sealed record TableColumn(string Header, double? Width, ColumnAlignment Alignment);

/// <summary>
/// A table across the content width whose header is drawn again at the top of every page the rows run onto, with
/// striped rows and a rule under each. Dispose it after the last row so later page breaks draw no header.
/// </summary>
internal sealed class RepeatingHeaderTable : IDisposable
{
    private readonly PageFlow _flow;
    private readonly Action? _previousContinuation;
    private readonly double[] _lefts;
    private readonly double[] _widths;
    private int _rowCount;

    public RepeatingHeaderTable(PageFlow flow, IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count(c => c.Width is null) > 1)
        {
            throw new ArgumentException("At most one column can take the remaining width.", nameof(columns));
        }

        _flow = flow;
        Columns = columns;
        _widths = ColumnWidths(columns, flow.ContentWidth);
        _lefts = new double[columns.Count];
        var x = flow.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            _lefts[i] = x;
            x += _widths[i];
        }

        _flow.EnsureSpace(Layout.HeaderHeight + Layout.FirstRowKeep);
        DrawHeader();
        _previousContinuation = _flow.OnContinuationPage;
        _flow.OnContinuationPage = DrawHeader;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public double Width(int column) => _widths[column];

    public double Left(int column) => _lefts[column];

    public double Right(int column) => _lefts[column] + _widths[column];

    /// <summary>
    /// Draws one row of <paramref name="height"/> points, on a new page (under a repeated header) if it does not fit;
    /// <paramref name="drawCells"/> gets the row's top.
    /// </summary>
    public void Row(double height, Action<double> drawCells)
    {
        ArgumentNullException.ThrowIfNull(drawCells);
        var style = _flow.Style;
        _flow.EnsureSpace(height);
        var top = _flow.Y;
        if (_rowCount % 2 == 1)
        {
            _flow.Gfx.DrawRectangle(style.StripeBrush, _flow.Left, top, _flow.ContentWidth, height);
        }

        drawCells(top);
        _flow.Y = top + height;
        _flow.Gfx.DrawLine(style.RulePen, _flow.Left, _flow.Y, _flow.Right, _flow.Y);
        _rowCount++;
    }

    /// <summary>Draws one line of a cell, inside the cell padding, aligned as its column.</summary>
    public void Cell(int column, string text, XFont font, XBrush brush, double y)
    {
        if (Columns[column].Alignment == ColumnAlignment.Right)
        {
            _flow.Gfx.DrawString(text, font, brush, Right(column) - Layout.CellPadding, y, XStringFormats.TopRight);
        }
        else
        {
            _flow.Gfx.DrawString(text, font, brush, Left(column) + Layout.CellPadding, y, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => _flow.OnContinuationPage = _previousContinuation;

    private void DrawHeader()
    {
        var style = _flow.Style;
        var top = _flow.Y;
        _flow.Gfx.DrawRectangle(style.AccentBrush, _flow.Left, top, _flow.ContentWidth, Layout.HeaderHeight);
        var middle = top + (Layout.HeaderHeight / 2);
        for (var i = 0; i < Columns.Count; i++)
        {
            var (x, format) = Columns[i].Alignment == ColumnAlignment.Right
                ? (Right(i) - Layout.CellPadding, XStringFormats.CenterRight)
                : (Left(i) + Layout.CellPadding, XStringFormats.CenterLeft);
            _flow.Gfx.DrawString(Columns[i].Header, style.TableHeader, style.TableHeaderTextBrush, x, middle, format);
        }

        _flow.Y = top + Layout.HeaderHeight;
    }

    // The remaining width is the content width less the fixed columns, subtracted in column order.
    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double contentWidth)
    {
        var remaining = contentWidth;
        foreach (var column in columns)
        {
            remaining -= column.Width ?? 0;
        }

        return columns.Select(c => c.Width ?? remaining).ToArray();
    }
}
