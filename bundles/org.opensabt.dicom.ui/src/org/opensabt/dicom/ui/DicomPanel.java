package org.opensabt.dicom.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.runtime.jobs.Job;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.StorageReceiver;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.edit.CaseRule;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * DICOM in the workbench. Import: a folder of DICOM files (a CT series and its RT Structure Sets)
 * into a new case folder, by {@link CaseImport} (as the `import` command) in a background job under the new
 * folder's scheduling rule, with progress and Cancel (its refusals, e.g. missing slices, shown in words; the
 * folder is not created then), after which the case opens. Listener: the
 * installed toolkit's C-STORE/C-ECHO SCP on a port and AE title, storing by study and series, with a
 * live status line (instances received, series, rejected associations, failures).
 */
public final class DicomPanel extends Composite {

    private final CaseSession session;
    private final Text dicomFolder;
    private final Text caseFolder;
    private final Button resample;
    private final Button importButton;
    private final Button cancelImport;
    private final ProgressBar importProgress;
    private final Label importStatus;
    private final Text aeTitle;
    private final Spinner port;
    private final Text storeFolder;
    private final Button listen;
    private final Label listenerStatus;
    private StorageReceiver receiver;
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Set<String> series = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile String lastFailure = "";
    private volatile boolean running;
    private Job job;

    public DicomPanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(1, false));
        Group importGroup = group("Import a CT and its structures");
        dicomFolder = folderField(importGroup, "DICOM folder");
        caseFolder = folderField(importGroup, "New case folder");
        resample = new Button(importGroup, SWT.CHECK);
        resample.setText("Resample a CT with missing slices, uneven spacing or tilt (else it is refused)");
        resample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        importButton = new Button(importGroup, SWT.PUSH);
        importButton.setText("Import and open");
        importButton.addListener(SWT.Selection, e -> importCase());
        Composite importRow = new Composite(importGroup, SWT.NONE);
        importRow.setLayout(new GridLayout(2, false));
        importRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        cancelImport = new Button(importRow, SWT.PUSH);
        cancelImport.setText("Cancel");
        cancelImport.setEnabled(false);
        cancelImport.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
                sayImport("cancelling…");
            }
        });
        importProgress = new ProgressBar(importRow, SWT.INDETERMINATE);
        importProgress.setVisible(false);
        importStatus = status(importGroup);

        Group listenGroup = group("Listener (C-STORE SCP)");
        aeTitle = field(listenGroup, "AE title", "OPENSABT");
        new Label(listenGroup, SWT.NONE).setText("Port");
        port = new Spinner(listenGroup, SWT.BORDER);
        port.setValues(11112, 1, 65535, 0, 1, 100);
        new Label(listenGroup, SWT.NONE);
        storeFolder = folderField(listenGroup, "Store into");
        storeFolder.setText(Path.of(System.getProperty("user.home"), "opensabt-incoming").toString());
        listen = new Button(listenGroup, SWT.PUSH);
        listen.setText("Start listener");
        listen.addListener(SWT.Selection, e -> {
            if (receiver == null) {
                startListener();
            } else {
                stopListener();
            }
        });
        listenerStatus = status(listenGroup);
        listenerStatus.setText("Not listening");
    }

    public void setImport(Path dicom, Path newCase) {
        dicomFolder.setText(dicom.toString());
        caseFolder.setText(newCase.toString());
    }

    public void setListener(String ae, int tcpPort, Path store) {
        aeTitle.setText(ae);
        port.setSelection(tcpPort);
        storeFolder.setText(store.toString());
    }

    public String importStatus() {
        return importStatus.getText();
    }

    public String listenerStatus() {
        return listenerStatus.getText();
    }

    /** Whether a job is running or its result is not yet shown. */
    public boolean busy() {
        return running;
    }

    public boolean listening() {
        return receiver != null;
    }

    /** Imports in the background; the new case opens in the session when it is stored. */
    public void importCase() {
        if (busy()) {
            return;
        }
        String in = dicomFolder.getText().trim();
        String out = caseFolder.getText().trim();
        if (in.isEmpty() || out.isEmpty()) {
            importStatus.setText("Choose the DICOM folder and a new case folder");
            return;
        }
        Path input = Path.of(in).toAbsolutePath();
        Path caseDir = Path.of(out).toAbsolutePath();
        // the refusals of the `import` command (without --replace)
        if (Files.exists(caseDir.resolve(CaseStore.CASE_FILE))) {
            importStatus.setText("Not imported: " + caseDir + " already holds a case");
            return;
        }
        if (Files.exists(caseDir) && !Files.isDirectory(caseDir)) {
            importStatus.setText("Not imported: " + caseDir + " exists and is not a folder");
            return;
        }
        CaseImport.Request request = new CaseImport.Request(List.of(input), caseDir.getFileName().toString(), null, resample.getSelection());
        importButton.setEnabled(false);
        cancelImport.setEnabled(true);
        importProgress.setVisible(true);
        importStatus.setText("Importing " + in + "…");
        running = true;
        job = FacadeJob.schedule("Import " + in, CaseRule.of(caseDir), this, monitor -> {
            CaseImport.Result result = CaseImport.run(request, monitor);
            if (monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            CaseImport.save(result, caseDir, false, new CaseStore("OpenSABT workbench"));
            return result;
        }, FacadeJob.handler((CaseImport.Result result) -> {
            importFinished();
            String warned = result.warnings().isEmpty() ? "" : "; " + result.warnings().size() + " warning(s): " + String.join("; ", result.warnings());
            importStatus.setText("Imported into " + caseDir + warned);
            importStatus.setToolTipText(result.summary() + (result.warnings().isEmpty() ? "" : "\n" + String.join("\n", result.warnings())));
            // the one guarded way to open a case: asks first when the open case has unsaved edits
            if (!session.open(caseDir)) {
                importStatus.setText("Imported into " + caseDir + warned + "; not opened (" + (session.problem() != null ? session.problem() : "the open case was kept") + ")");
            }
            layout(true, true);
        }, message -> {
            importFinished();
            importStatus.setText("Not imported: " + message);
            importStatus.setToolTipText(message);
            layout(true, true);
        }, () -> {
            importFinished();
            importStatus.setText("Not imported: cancelled");
            layout(true, true);
        }, this::sayImport));
    }

    private void sayImport(String text) {
        importStatus.setText(text);
        layout(true, true);
    }

    private void importFinished() {
        running = false;
        importButton.setEnabled(true);
        cancelImport.setEnabled(false);
        importProgress.setVisible(false);
    }

    public void startListener() {
        String ae = aeTitle.getText().trim();
        if (ae.isEmpty() || ae.length() > 16) {
            listenerStatus.setText("The AE title must have 1 to 16 characters");
            return;
        }
        Path store = Path.of(storeFolder.getText().trim()).toAbsolutePath();
        Display display = getDisplay();
        received.set(0);
        rejected.set(0);
        failed.set(0);
        series.clear();
        StorageReceiver.Listener listener = new StorageReceiver.Listener() {
            @Override
            public void stored(String modality, String studyUid, String seriesUid, Path file) {
                received.incrementAndGet();
                series.add(modality + " " + seriesUid);
                display.asyncExec(DicomPanel.this::showListenerStatus);
            }

            @Override
            public void rejected(String callingAe) {
                rejected.incrementAndGet();
                display.asyncExec(DicomPanel.this::showListenerStatus);
            }

            @Override
            public void failed(String message) {
                failed.incrementAndGet();
                lastFailure = message;
                display.asyncExec(DicomPanel.this::showListenerStatus);
            }
        };
        try {
            receiver = DicomToolkits.get().receive(new StorageReceiver.Settings(ae, port.getSelection(), store, null), listener);
        } catch (IOException | RuntimeException e) {
            listenerStatus.setText("Cannot listen on port " + port.getSelection() + ": " + e.getMessage());
            return;
        }
        listen.setText("Stop listener");
        showListenerStatus();
    }

    public void stopListener() {
        if (receiver != null) {
            receiver.close();
            receiver = null;
            if (!isDisposed()) {
                listen.setText("Start listener");
                showListenerStatus();
            }
        }
    }

    private void showListenerStatus() {
        if (isDisposed()) {
            return;
        }
        listenerStatus.setText(String.format(Locale.ROOT, "%s: %d instances received in %d series, %d associations rejected, %d failed%s",
                receiver == null ? "Stopped" : "Listening as " + aeTitle.getText().trim() + " on port " + port.getSelection(), received.get(), series.size(),
                rejected.get(), failed.get(), failed.get() == 0 ? "" : " (last: " + lastFailure + ")"));
        layout(true, true);
    }

    private Group group(String title) {
        Group g = new Group(this, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(3, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE);
        return t;
    }

    private Text folderField(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        t.setLayoutData(data);
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            String f = d.open();
            if (f != null) {
                t.setText(f);
            }
        });
        return t;
    }

    private static Label status(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 150;
        l.setLayoutData(data);
        return l;
    }
}
