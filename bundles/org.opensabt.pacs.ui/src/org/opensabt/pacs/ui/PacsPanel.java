package org.opensabt.pacs.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.opensabt.model.store.CaseStore;
import org.opensabt.pacs.PacsClient;
import org.opensabt.pacs.PacsException;
import org.opensabt.pacs.PacsNode;
import org.opensabt.pacs.PacsNodes;
import org.opensabt.viewer.edit.CaseRule;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * Query/retrieve from a PACS of the node configuration ({@link PacsNodes}): patient ID/name and study date keys,
 * Find (C-FIND, studies), the series of the chosen study, and Retrieve (C-GET of the study or the chosen series) into
 * a new case folder, which then opens in the session. Each exchange runs in a {@link FacadeJob} with progress and
 * Cancel; a cancelled retrieval saves nothing.
 */
public final class PacsPanel extends Composite {

    private final CaseSession session;
    private PacsNodes nodes;
    private final Combo node;
    private final Text patientId;
    private final Text patientName;
    private final Text studyDate;
    private final Button find;
    private final Table studies;
    private final Table series;
    private final Text caseFolder;
    private final Button retrieve;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label status;
    private final List<PacsClient.Match> studyMatches = new ArrayList<>();
    private final List<PacsClient.Match> seriesMatches = new ArrayList<>();
    private Job job;
    private volatile boolean running;

    public PacsPanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(4, false));

        new Label(this, SWT.NONE).setText("PACS");
        node = new Combo(this, SWT.READ_ONLY);
        node.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        new Label(this, SWT.NONE).setText("Patient ID");
        patientId = text();
        new Label(this, SWT.NONE).setText("Patient name");
        patientName = text();
        new Label(this, SWT.NONE).setText("Study date");
        studyDate = text();
        studyDate.setMessage("YYYYMMDD or YYYYMMDD-YYYYMMDD");
        find = new Button(this, SWT.PUSH);
        find.setText("Find");
        find.addListener(SWT.Selection, e -> find());

        studies = table(new String[] { "Patient ID", "Patient name", "Date", "Modalities", "Instances", "Description" }, 120);
        studies.addListener(SWT.Selection, e -> seriesOfStudy());
        series = table(new String[] { "Modality", "Series", "Instances", "Description" }, 90);

        new Label(this, SWT.NONE).setText("New case folder");
        caseFolder = text();
        caseFolder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button browse = new Button(this, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText("Folder for the new case (a new sub-folder is fine)");
            String chosen = d.open();
            if (chosen != null) {
                caseFolder.setText(chosen);
            }
        });

        retrieve = new Button(this, SWT.PUSH);
        retrieve.setText("Retrieve and open");
        retrieve.addListener(SWT.Selection, e -> retrieve());
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        progress = new ProgressBar(this, SWT.INDETERMINATE);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        progress.setVisible(false);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));

        try {
            setNodes(PacsNodes.load());
        } catch (PacsException e) {
            setNodes(null);
            status.setText(e.getMessage());
        }
    }

    /** The configuration to offer (null: none); the first node is chosen. */
    public void setNodes(PacsNodes config) {
        this.nodes = config;
        node.removeAll();
        if (config != null) {
            for (PacsNode n : config.nodes()) {
                node.add(n.label());
            }
        }
        if (node.getItemCount() > 0) {
            node.select(0);
            status.setText("");
        } else {
            status.setText("No PACS is configured: add nodes to " + (config == null ? "~/.opensabt/pacs-nodes.properties" : config.file()));
        }
        find.setEnabled(node.getItemCount() > 0);
        retrieve.setEnabled(node.getItemCount() > 0);
    }

    /** Fills the search keys (for tests and a caller that knows the patient). */
    public void setKeys(String id, String name, String date) {
        patientId.setText(id == null ? "" : id);
        patientName.setText(name == null ? "" : name);
        studyDate.setText(date == null ? "" : date);
    }

    public void setCaseFolder(Path folder) {
        caseFolder.setText(folder.toString());
    }

    public boolean busy() {
        return running;
    }

    public String status() {
        return status.getText();
    }

    public Table studies() {
        return studies;
    }

    public Table series() {
        return series;
    }

    /** Selects a study row and lists its series, as a click would. */
    public void selectStudy(int index) {
        studies.setSelection(index);
        seriesOfStudy();
    }

    public void selectSeries(int index) {
        series.setSelection(index);
    }

    private PacsClient.Connection connection() {
        int i = node.getSelectionIndex();
        if (nodes == null || i < 0) {
            return null;
        }
        return new PacsClient.Connection(nodes.nodes().get(i), nodes.callingAe(), null);
    }

    /** C-FIND of the studies matching the keys. */
    public void find() {
        PacsClient.Connection c = connection();
        if (c == null || running) {
            return;
        }
        PacsClient.FindRequest request = new PacsClient.FindRequest(c, PacsClient.Level.STUDY, new PacsClient.Keys(blankToNull(patientId.getText()),
                blankToNull(patientName.getText()), blankToNull(studyDate.getText()), null, null, null));
        start("Searching " + c.node().label() + "…");
        job = FacadeJob.schedule("Find in " + c.node().label(), null, this, monitor -> PacsClient.find(request, monitor),
                FacadeJob.handler((PacsClient.FindResult r) -> {
                    finished();
                    studyMatches.clear();
                    studyMatches.addAll(r.matches());
                    studies.removeAll();
                    series.removeAll();
                    seriesMatches.clear();
                    for (PacsClient.Match m : r.matches()) {
                        new TableItem(studies, SWT.NONE).setText(new String[] { nz(m.patientId()), nz(m.patientName()), nz(m.studyDate()),
                                nz(m.modalities()), m.instances() < 0 ? "?" : String.valueOf(m.instances()), nz(m.studyDescription()) });
                    }
                    status.setText(String.format(Locale.ROOT, "%d study(ies) in %s", r.matches().size(), r.node()));
                    layout(true, true);
                }, this::failed, () -> {
                    finished();
                    status.setText("Search cancelled");
                }, this::say));
    }

    /** C-FIND of the series of the selected study. */
    private void seriesOfStudy() {
        PacsClient.Connection c = connection();
        int i = studies.getSelectionIndex();
        if (c == null || i < 0 || running) {
            return;
        }
        String studyUid = studyMatches.get(i).studyUid();
        PacsClient.FindRequest request = new PacsClient.FindRequest(c, PacsClient.Level.SERIES, new PacsClient.Keys(null, null, null, null, studyUid, null));
        start("Listing the series of study " + studyUid + "…");
        job = FacadeJob.schedule("Series in " + c.node().label(), null, this, monitor -> PacsClient.find(request, monitor),
                FacadeJob.handler((PacsClient.FindResult r) -> {
                    finished();
                    seriesMatches.clear();
                    seriesMatches.addAll(r.matches());
                    series.removeAll();
                    for (PacsClient.Match m : r.matches()) {
                        new TableItem(series, SWT.NONE).setText(new String[] { nz(m.modality()), nz(m.seriesNumber()),
                                m.instances() < 0 ? "?" : String.valueOf(m.instances()), nz(m.seriesDescription()) });
                    }
                    status.setText(String.format(Locale.ROOT, "%d series; choose one or retrieve the whole study", r.matches().size()));
                }, this::failed, () -> {
                    finished();
                    status.setText("Listing cancelled");
                }, this::say));
    }

    /** C-GET of the selected study (or only its selected series) into a new case, which opens when saved. */
    public void retrieve() {
        PacsClient.Connection c = connection();
        if (c == null || running) {
            return;
        }
        int s = studies.getSelectionIndex();
        if (s < 0) {
            status.setText("Choose a study first (Find, then click it)");
            return;
        }
        if (caseFolder.getText().isBlank()) {
            status.setText("Choose a new case folder");
            return;
        }
        Path caseDir = Path.of(caseFolder.getText().trim()).toAbsolutePath();
        if (Files.exists(caseDir.resolve(CaseStore.CASE_FILE))) {
            status.setText("Not retrieved: " + caseDir + " already holds a case");
            return;
        }
        String studyUid = studyMatches.get(s).studyUid();
        int se = series.getSelectionIndex();
        String seriesUid = se >= 0 && se < seriesMatches.size() ? seriesMatches.get(se).seriesUid() : null;
        PacsClient.RetrieveRequest request = PacsClient.RetrieveRequest.get(c, studyUid, seriesUid, caseDir);
        start("Retrieving " + (seriesUid == null ? "study " + studyUid : "series " + seriesUid) + " from " + c.node().label() + "…");
        job = FacadeJob.schedule("Retrieve from " + c.node().label(), CaseRule.of(caseDir), this,
                monitor -> PacsClient.retrieve(request, new CaseStore("OpenSABT workbench"), monitor), FacadeJob.handler((PacsClient.RetrieveResult r) -> {
                    finished();
                    String text = String.format(Locale.ROOT, "Retrieved %d instance(s) into %s (%.1f s)%s", r.received(), caseDir, r.seconds(),
                            r.warnings().isEmpty() ? "" : "; " + r.warnings().size() + " warning(s): " + String.join("; ", r.warnings()));
                    status.setText(text);
                    // the one guarded way to open a case: asks first when the open case has unsaved edits
                    if (!session.open(caseDir)) {
                        status.setText(text + "; not opened (" + (session.problem() != null ? session.problem() : "the open case was kept") + ")");
                    }
                    layout(true, true);
                }, message -> failed("Not retrieved: " + message), () -> {
                    finished();
                    status.setText("Not retrieved: cancelled, nothing was saved");
                }, this::say));
    }

    private void start(String text) {
        running = true;
        find.setEnabled(false);
        retrieve.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        status.setText(text);
    }

    private void finished() {
        running = false;
        if (isDisposed()) {
            return;
        }
        find.setEnabled(true);
        retrieve.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
    }

    private void failed(String message) {
        finished();
        status.setText(message);
        status.setToolTipText(message);
        layout(true, true);
    }

    private void say(String line) {
        if (!isDisposed() && line != null && !line.isBlank()) {
            status.setText(line);
        }
    }

    private Text text() {
        Text t = new Text(this, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private Table table(String[] columns, int heightPx) {
        Table t = new Table(this, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        gd.heightHint = heightPx;
        t.setLayoutData(gd);
        for (String c : columns) {
            TableColumn col = new TableColumn(t, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("Description") ? 220 : 100);
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
