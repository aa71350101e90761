package org.opensabt.plan.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.template.NeedleTable;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The needle table of the session's plan ({@link NeedleTable}: hole, entry, depth from the guide top, angle,
 * seeds, loading pattern) for the operating room, with Print… (the SWT printer dialog) and Save as CSV… /
 * HTML…. It follows the session's plan and every edit, undo and redo.
 */
public final class NeedleTablePanel extends Composite {

    private static final String[] COLUMNS = { "Hole", "Needle", "Entry x (mm)", "Entry y (mm)", "Entry z (mm)", "Depth (mm)", "Angle (°)", "Seeds",
            "Loading (from tip)" };

    private final CaseSession session;
    private final Label title;
    private final Table table;
    private final Label status;
    private final Consumer<CaseSession> listener = s -> refresh();
    private final Runnable editListener = this::refresh;
    private NeedleTable.Table shown;

    public NeedleTablePanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(4, false));
        title = new Label(this, SWT.WRAP);
        GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        titleData.widthHint = 100; // wraps to the view's width instead of widening it
        title.setLayoutData(titleData);
        Button print = new Button(this, SWT.PUSH);
        print.setText("Print…");
        print.addListener(SWT.Selection, e -> print());
        Button csv = new Button(this, SWT.PUSH);
        csv.setText("Save as CSV…");
        csv.addListener(SWT.Selection, e -> choose("*.csv", this::saveCsv));
        Button html = new Button(this, SWT.PUSH);
        html.setText("Save as HTML…");
        html.addListener(SWT.Selection, e -> choose("*.html", this::saveHtml));
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        data.heightHint = 80;
        data.widthHint = 200;
        table.setLayoutData(data);
        for (String c : COLUMNS) {
            TableColumn column = new TableColumn(table, c.startsWith("Hole") || c.startsWith("Needle") || c.startsWith("Loading") ? SWT.LEFT : SWT.RIGHT);
            column.setText(c);
        }
        session.addListener(listener);
        session.addEditListener(editListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(listener);
            session.removeEditListener(editListener);
        });
        refresh();
    }

    /** Shows the table of the session's plan again. */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        PatientCase c = session.patientCase();
        Plan p = session.plan();
        table.removeAll();
        if (c == null || p == null || !c.getPlans().contains(p)) {
            shown = null;
            title.setText("No plan");
        } else {
            shown = NeedleTable.of(c, p);
            title.setText(heading(p));
            for (NeedleTable.Row r : shown.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { r.hole(), r.needleId(), f(r.entryMm()[0]), f(r.entryMm()[1]), f(r.entryMm()[2]),
                        f(r.depthMm()) + (r.depthFrom().equals("guide top") ? "" : " (skin)"), f(r.angleToAxisDeg()), String.valueOf(r.seeds()), r.loadingPattern() });
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        layout(true, true);
    }

    private String heading(Plan p) {
        String state = p.getStatus() == null ? "DRAFT" : p.getStatus().getLiteral();
        return "Plan " + p.getPlanId() + " (" + state + (p.getApprovedBy() != null && "APPROVED".equals(state) ? " by " + p.getApprovedBy() + " on "
                + p.getApprovedDateTime() : "") + "), " + shown.rows().size() + " needles, "
                + (shown.templateId() == null ? "no template: depths from the skin entry" : "template " + shown.templateId() + ": depths from the guide top")
                + "; loading in " + NeedleTable.slotText(shown.slotMm()) + " mm slots";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The table shown (null without a plan). */
    public NeedleTable.Table shown() {
        return shown;
    }

    public Table table() {
        return table;
    }

    public String statusText() {
        return status.getText();
    }

    /** Writes the table as CSV (atomically). */
    public void saveCsv(Path file) throws IOException {
        write(file, shown.csv());
    }

    /** Writes the table as a printable HTML page (atomically). */
    public void saveHtml(Path file) throws IOException {
        write(file, shown.html(title.getText()));
    }

    private void write(Path file, String text) throws IOException {
        if (shown == null) {
            throw new IOException("no plan is shown");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        say("Saved " + file);
    }

    private interface Save {
        void to(Path file) throws IOException;
    }

    private void choose(String extension, Save save) {
        if (shown == null) {
            say("No plan to save");
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName("needles-" + shown.planId() + extension.substring(1));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                save.to(Path.of(file));
            } catch (IOException e) {
                say("Could not save " + file + ": " + e.getMessage());
            }
        }
    }

    /** Print…: the printer dialog, then the table as text pages. */
    public void print() {
        if (shown == null) {
            say("No plan to print");
            return;
        }
        PrinterData data = new PrintDialog(getShell()).open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        try {
            say(printTo(printer) ? "Sent to " + data.name : "The printer refused the job");
        } finally {
            printer.dispose();
        }
    }

    /** Prints the title and the table's rows as monospaced lines on as many pages as needed; false if the job did not start. */
    public boolean printTo(Printer printer) {
        List<String> lines = new ArrayList<>();
        lines.add(title.getText());
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-8s %-10s %24s %12s %8s %6s  %s", "Hole", "Needle", "Entry x, y, z (mm)", "Depth (mm)", "Angle", "Seeds",
                "Loading from tip (S seed, s spacer)"));
        for (NeedleTable.Row r : shown.rows()) {
            lines.add(String.format(Locale.ROOT, "%-8s %-10s %8.1f,%7.1f,%7.1f %12.1f %7.1f° %6d  %s", r.hole(), r.needleId(), r.entryMm()[0], r.entryMm()[1],
                    r.entryMm()[2], r.depthMm(), r.angleToAxisDeg(), r.seeds(), r.loadingPattern()));
        }
        if (!printer.startJob("Needle table " + shown.planId())) {
            return false;
        }
        GC gc = new GC(printer);
        Point dpi = printer.getDPI();
        Font font = new Font(printer, new FontData("Monospace", 9, SWT.NORMAL));
        try {
            gc.setFont(font);
            Rectangle area = printer.getClientArea();
            int margin = dpi.x / 2;
            int lineHeight = gc.getFontMetrics().getHeight();
            int y = area.height; // forces the first page
            for (String line : lines) {
                if (y + lineHeight > area.height - margin) {
                    if (y != area.height) {
                        printer.endPage();
                    }
                    printer.startPage();
                    y = margin;
                }
                gc.drawString(line, margin, y, true);
                y += lineHeight;
            }
            printer.endPage();
            printer.endJob();
        } finally {
            font.dispose();
            gc.dispose();
        }
        return true;
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
        layout(true, true);
    }
}
