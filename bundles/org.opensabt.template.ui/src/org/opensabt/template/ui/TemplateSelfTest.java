package org.opensabt.template.ui;

import static org.opensabt.viewer.ui.UiTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.viewer.ui.CaseSession;

/**
 * UI test of the Template view on real SWT widgets (run under Xvfb by the product tests):
 * {@code -application org.opensabt.template.ui.selftest CASE PLAN OUT_DIR}. On a copy of the case:
 * an export with unsaved edits is refused; then the plan's template is exported as a job (STL,
 * needle table, drawing written) and the reopened case records it. Exit code 0 only if every check passed.
 */
public final class TemplateSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 3) {
            System.err.println("usage: -application org.opensabt.template.ui.selftest CASE PLAN OUT_DIR");
            return 2;
        }
        Path out = Path.of(args[2]).toAbsolutePath();
        Path copy = out.resolve("template-case");
        deleteTree(copy);
        deleteTree(out.resolve("template-ui"));
        try (var paths = Files.walk(Path.of(args[0]))) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path t = copy.resolve(Path.of(args[0]).relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        int failures = 0;
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(500, 400);
            CaseSession session = CaseSession.get();
            session.open(copy);
            session.patientCase().getPlans().stream().filter(p -> p.getPlanId().equals(args[1])).findFirst().ifPresent(session::setPlan);
            TemplatePanel panel = new TemplatePanel(shell, session);
            shell.open();
            Path folder = out.resolve("template-ui");
            panel.setOutput(folder);

            // an unsaved edit: refused
            session.execute(new org.eclipse.emf.common.command.AbstractCommand("rename plan") {
                String before;

                @Override
                protected boolean prepare() {
                    return true;
                }

                @Override
                public void execute() {
                    before = session.plan().getLabel();
                    redo();
                }

                @Override
                public void redo() {
                    session.plan().setLabel("edited");
                }

                @Override
                public void undo() {
                    session.plan().setLabel(before);
                }
            });
            panel.export();
            boolean refused = panel.statusText().startsWith("Save the case first") && !Files.exists(folder);
            failures += refused ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s export with unsaved edits refused: %s%n", refused ? "ok  " : "FAIL", panel.statusText());
            session.commands().undo();

            long t0 = System.nanoTime();
            panel.export();
            waitFor(display, () -> !panel.busy(), 300);
            NeedleTemplate recorded = session.patientCase().getTemplates().stream().filter(t -> t.getPlan() != null && t.getPlan().getPlanId().equals(args[1]))
                    .reduce((a, b) -> b).orElse(null);
            boolean exported = Files.size(folder.resolve("template.stl")) > 10_000 && Files.isRegularFile(folder.resolve("needles.csv"))
                    && Files.isRegularFile(folder.resolve("drawing.png")) && recorded != null
                    && Path.of(recorded.getStlFile()).equals(folder.resolve("template.stl"));
            failures += exported ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s export (job, %.1f s): template.stl %d bytes, needles.csv, drawing.png; recorded in the reopened case: %s; %s%n",
                    exported ? "ok  " : "FAIL", (System.nanoTime() - t0) / 1e9, Files.isRegularFile(folder.resolve("template.stl")) ? Files.size(folder.resolve("template.stl")) : 0,
                    recorded == null ? "no" : recorded.getTemplateId(), panel.statusText());
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
