package org.opensabt.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The case explorer: the case folders under the workspace folder ({@link CaseWorkspace}) as a tree, patients →
 * cases → series, structure sets, plans (with their status), templates and implants. Double-click or Enter on
 * any row opens its case (through {@link CaseSession#open}, which asks about unsaved edits first). The folder is
 * read in a background job with the case store (each case is loaded whole, voxels included: the store has no
 * lighter read; measured 1.0–1.4 s for the demo case, CT, dose grid and checksums included, at start).
 */
public final class CaseExplorerView extends ViewPart {

    public static final String ID = "org.opensabt.workbench.caseExplorerView";
    /** How deep below the workspace folder case folders are looked for. */
    static final int DEPTH = 4;

    /** A row of the tree: its text, the case folder it opens (null for none), its children. */
    public record Node(String label, Path caseFolder, List<Node> children) {
        @Override
        public String toString() {
            return label;
        }
    }

    private TreeViewer viewer;
    private Label folderLabel;
    private Composite content;
    private Job reading;
    private List<Node> shown = List.of();
    /** Reads the folder again when a case under it is opened that it does not list yet (e.g. just imported). */
    private final java.util.function.Consumer<CaseSession> caseListener = session -> {
        Path folder = session.folder();
        if (folder != null && !content.isDisposed() && folder.toAbsolutePath().startsWith(CaseWorkspace.folder().toAbsolutePath()) && !lists(folder)) {
            refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(3, false));
        folderLabel = new Label(content, SWT.NONE);
        folderLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = new Button(content, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        Button choose = new Button(content, SWT.PUSH);
        choose.setText("Folder\u2026");
        choose.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(content.getShell());
            dialog.setText("Case workspace folder");
            dialog.setFilterPath(CaseWorkspace.folder().toString());
            String folder = dialog.open();
            if (folder != null) {
                CaseWorkspace.setFolder(Path.of(folder));
                refresh();
            }
        });
        viewer = new TreeViewer(content, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ArrayContentProvider.getInstance().getElements(input);
            }

            @Override
            public Object[] getChildren(Object element) {
                return ((Node) element).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider());
        // double-click and Enter
        viewer.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Node node && node.caseFolder() != null) {
                OpenCase.open(node.caseFolder());
            }
        });
        refresh();
        CaseSession.get().addListener(caseListener);
    }

    private boolean lists(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return shown.stream().flatMap(p -> p.children().stream()).anyMatch(c -> c.caseFolder() != null && c.caseFolder().toAbsolutePath().normalize().equals(f));
    }

    /** Reads the workspace folder again (in a background job) and shows its cases. */
    public void refresh() {
        Path folder = CaseWorkspace.folder();
        folderLabel.setText(folder.toString());
        folderLabel.setToolTipText(folder.toString());
        viewer.setInput(List.of(new Node("Reading " + folder + "\u2026", null, List.of())));
        if (reading != null) {
            reading.cancel();
        }
        Job job = Job.create("Read the cases in " + folder, (IProgressMonitor monitor) -> {
            List<Node> nodes = read(folder, monitor);
            content.getDisplay().asyncExec(() -> {
                if (!content.isDisposed() && !monitor.isCanceled()) {
                    shown = nodes;
                    viewer.setInput(nodes);
                    viewer.expandToLevel(2);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        reading = job;
        job.schedule();
    }

    /** The tree of the workspace folder: patients (by ID and name) → cases → their contents; what cannot be read says so. */
    public static List<Node> read(Path workspace, IProgressMonitor monitor) {
        if (!Files.isDirectory(workspace)) {
            return List.of(new Node("No folder " + workspace + " (choose one with Folder\u2026 or Window \u25b8 Preferences \u25b8 Cases)", null, List.of()));
        }
        List<Path> cases;
        try (Stream<Path> files = Files.find(workspace, DEPTH, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(CaseStore.CASE_FILE))) {
            cases = files.map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            return List.of(new Node("Cannot read " + workspace + ": " + e.getMessage(), null, List.of()));
        }
        if (cases.isEmpty()) {
            return List.of(new Node("No cases in " + workspace, null, List.of()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, cases.size());
        Map<String, List<Node>> byPatient = new TreeMap<>();
        CaseStore store = new CaseStore();
        for (Path folder : cases) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(folder.toString());
            try {
                PatientCase c = store.load(folder);
                String patient = c.getPatient() == null ? "(no patient)"
                        : c.getPatient().getName() + " (" + c.getPatient().getPatientId() + ")";
                byPatient.computeIfAbsent(patient, k -> new ArrayList<>()).add(caseNode(c, folder));
            } catch (CaseLoadException e) {
                byPatient.computeIfAbsent("(unreadable cases)", k -> new ArrayList<>())
                        .add(new Node(folder.getFileName() + " \u2014 cannot be read: " + e.getMessage(), null, List.of()));
            }
            progress.worked(1);
        }
        List<Node> patients = new ArrayList<>();
        byPatient.forEach((patient, nodes) -> patients.add(new Node(patient, nodes.size() == 1 ? nodes.get(0).caseFolder() : null, nodes)));
        return patients;
    }

    static Node caseNode(PatientCase c, Path folder) {
        List<Node> rows = new ArrayList<>();
        for (Study study : c.getStudies()) {
            for (ImageSeries s : study.getSeries()) {
                rows.add(new Node("Series " + s.getModality() + " " + s.getColumns() + "\u00d7" + s.getRows() + "\u00d7" + s.getSlices()
                        + (s.getDescription() == null || s.getDescription().isBlank() ? "" : " " + s.getDescription()), folder, List.of()));
            }
            for (StructureSet set : study.getStructureSets()) {
                rows.add(new Node("Structure set " + (set.getLabel() == null ? "" : set.getLabel()) + " (" + set.getStructures().size() + " structures: "
                        + String.join(", ", set.getStructures().stream().map(st -> st.getName()).toList()) + ")", folder, List.of()));
            }
        }
        for (Plan p : c.getPlans()) {
            rows.add(new Node("Plan " + p.getPlanId() + " " + (p.getStatus() == null ? "" : p.getStatus().getName()) + " (" + p.getSeeds().size() + " seeds, "
                    + p.getNeedles().size() + " needles)", folder, List.of()));
        }
        for (NeedleTemplate t : c.getTemplates()) {
            rows.add(new Node("Template " + t.getTemplateId() + (t.getPlan() == null ? "" : " for plan " + t.getPlan().getPlanId()), folder, List.of()));
        }
        for (Implant i : c.getImplants()) {
            rows.add(new Node("Implant " + i.getImplantId() + " (" + i.getSeeds().size() + " seeds)", folder, List.of()));
        }
        return new Node("Case " + c.getCaseId() + "  " + folder, folder, rows);
    }

    /** The tree control (for tests). */
    public Tree tree() {
        return viewer.getTree();
    }

    @Override
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    @Override
    public void dispose() {
        CaseSession.get().removeListener(caseListener);
        if (reading != null) {
            reading.cancel();
        }
        super.dispose();
    }
}
