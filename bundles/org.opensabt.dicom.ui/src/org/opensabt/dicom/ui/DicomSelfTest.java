package org.opensabt.dicom.ui;

import static org.opensabt.viewer.ui.UiTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.viewer.ui.CaseSession;

/**
 * UI test of the DICOM view on real SWT widgets (run under Xvfb by the product tests):
 * {@code -application org.opensabt.dicom.ui.selftest DICOM_DIR OUT_DIR PORT}. Imports DICOM_DIR into
 * OUT_DIR/imported-case (the case then opens in the session with its CT and structures), refuses an
 * import from an empty folder with a reason, starts the listener on 127.0.0.1:PORT, sends it CT files
 * with dcmtk's storescu and checks the status line counts them. Exit code 0 only if every check passed.
 */
public final class DicomSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 3) {
            System.err.println("usage: -application org.opensabt.dicom.ui.selftest DICOM_DIR OUT_DIR PORT");
            return 2;
        }
        Path dicom = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        int port = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        deleteTree(out.resolve("imported-case"));
        deleteTree(out.resolve("incoming"));
        int failures = 0;
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(700, 600);
            CaseSession session = CaseSession.get();
            DicomPanel panel = new DicomPanel(shell, session);
            shell.open();

            Path empty = Files.createDirectories(out.resolve("empty-dicom"));
            panel.setImport(empty, out.resolve("not-a-case"));
            panel.importCase();
            waitFor(display, () -> !panel.busy(), 60);
            boolean refused = panel.importStatus().startsWith("Not imported:") && !Files.exists(out.resolve("not-a-case")) && session.patientCase() == null;
            failures += refused ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s import of an empty folder refused, no case folder made: %s%n", refused ? "ok  " : "FAIL", panel.importStatus());

            Path target = out.resolve("imported-case");
            panel.setImport(dicom, target);
            long t0 = System.nanoTime();
            panel.importCase();
            waitFor(display, () -> !panel.busy() && session.patientCase() != null, 120);
            boolean imported = session.patientCase() != null && target.equals(session.folder())
                    && !org.opensabt.contour.CaseContents.structures(session.patientCase()).isEmpty();
            failures += imported ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s import (job, %.1f s) opened %s with %d structures: %s%n", imported ? "ok  " : "FAIL", (System.nanoTime() - t0) / 1e9,
                    session.folder(), session.patientCase() == null ? 0 : org.opensabt.contour.CaseContents.structures(session.patientCase()).size(),
                    panel.importStatus());

            Path store = out.resolve("incoming");
            panel.setListener("OPENSABT", port, store);
            panel.startListener();
            List<String> command = new ArrayList<>(List.of("storescu", "-aec", "OPENSABT", "127.0.0.1", String.valueOf(port)));
            try (var files = Files.walk(dicom.resolve("ct"))) {
                files.filter(Files::isRegularFile).sorted().limit(5).forEach(f -> command.add(f.toString()));
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("storescu.log").toFile()).start();
            int code = p.waitFor();
            waitFor(display, () -> panel.listenerStatus().contains(" 5 instances"), 30);
            boolean received = code == 0 && panel.listening() && panel.listenerStatus().contains("5 instances received in 1 series");
            failures += received ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s listener: storescu sent 5 CT images (exit %d); status: %s%n", received ? "ok  " : "FAIL", code, panel.listenerStatus());
            panel.stopListener();
            System.out.printf(Locale.ROOT, "result failures=%d%n", failures);
            shell.dispose();
        } finally {
            display.dispose();
        }
        return failures == 0 ? IApplication.EXIT_OK : 1;
    }

    @Override
    public void stop() {
    }
}
