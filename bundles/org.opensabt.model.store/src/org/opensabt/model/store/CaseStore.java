package org.opensabt.model.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.PatientCase;
import org.opensabt.model.schema.CaseSchema;

/**
 * Reads and writes one case folder:
 *
 * <pre>
 *   case.xmi                 the model (EMF XMI, namespace http://opensabt.org/schema/case/N)
 *   arrays/&lt;sha256&gt;.i16le   voxel blocks, little-endian int16, named by content hash
 *   arrays/&lt;sha256&gt;.f32le   dose blocks, little-endian float32
 *   .lock                    the write lock ({@link CaseLock}): who writes the case now, or wrote it last
 * </pre>
 *
 * A save is atomic: array files are written under their content hash (never overwritten), then
 * {@code case.xmi} is written to a temporary file, forced to disk and renamed over the old one;
 * that rename is the single commit point. Array files no longer referenced are removed only
 * after the commit, so a save interrupted at any point leaves the previous case loadable; a save that
 * fails removes its own temporaries at once. Saves hold the folder's write lock and refuse to overwrite a
 * case that another writer saved after this one was loaded (see {@link #save}).
 */
public final class CaseStore {

    public static final String CASE_FILE = "case.xmi";
    public static final String ARRAYS_DIR = "arrays";
    static final String TEMP_MARK = ".tmp-";

    /** Observes the steps of a save; tests use it to interrupt a save at each step. */
    interface SaveListener {
        void reached(String step) throws IOException;
    }

    private final SaveListener listener;
    private final String writtenBy;
    private Consumer<String> notices = notice -> System.err.println("warning: " + notice);

    public CaseStore() {
        this("OpenSABT", step -> { });
    }

    public CaseStore(String writtenBy) {
        this(writtenBy, step -> { });
    }

    CaseStore(String writtenBy, SaveListener listener) {
        this.writtenBy = writtenBy;
        this.listener = listener;
    }

    // ------------------------------------------------------------------ save

    /**
     * Saves the case into {@code caseDir} (created if missing). On any failure the folder keeps
     * the case it held before, and the exception says why.
     * <p>
     * The save holds the folder's {@link CaseLock} (a second writer is refused with a
     * {@link CaseLockedException}) and, under it, checks that the folder still holds the case version this
     * case was loaded from (or last saved as); if another writer saved meanwhile, the save is refused with
     * a {@link CaseConflictException} and that writer's work is kept.
     */
    public void save(PatientCase patientCase, Path caseDir) throws IOException {
        Instant now = Instant.now();
        patientCase.setSchemaVersion(CaseSchema.VERSION);
        if (patientCase.getCreatedAt() == null) {
            patientCase.setCreatedAt(now.toString());
        }
        patientCase.setModifiedAt(now.toString());
        patientCase.setWrittenBy(writtenBy);
        validate(patientCase);
        step("validated");

        try (CaseLock lock = lockForWrite(caseDir)) {
            step("locked");
            checkUnchanged(patientCase, caseDir, lock);
            step("checked");
            saveLocked(patientCase, caseDir, lock);
        }
    }

    /**
     * Takes the write lock of {@code caseDir} for this thread, for a load-change-save span:
     * {@code try (CaseLock lock = store.lockForWrite(dir)) { load; change; save; }}. Refused at once with a
     * one-line {@link CaseLockedException} naming the holder if another writer has it. A lock left by a
     * process that died is taken over, and the notice consumer is told whose it was.
     */
    public CaseLock lockForWrite(Path caseDir) throws IOException {
        String activity = CaseLock.activity();
        CaseLock lock = CaseLock.acquire(caseDir, activity != null ? activity : writtenBy);
        if (lock.firstTakeOverNotice()) {
            notices.accept("took over the lock of case " + caseDir + " left by " + lock.takenOverFrom() + ", which ended without releasing it");
        }
        return lock;
    }

    /** Where notices (a stale lock taken over) go; by default a "warning:" line on stderr. */
    public CaseStore onNotice(Consumer<String> consumer) {
        this.notices = consumer;
        return this;
    }

    /**
     * Marks a case built in memory as the start of a new case folder: its save is refused with a
     * {@link CaseConflictException} if the folder holds a case by then (e.g. a concurrent import).
     */
    public static void expectNewFolder(PatientCase patientCase) {
        CaseVersion.attach(patientCase, null, null);
    }

    /** The optimistic check, under the lock: the folder still holds the case version the case came from. */
    private static void checkUnchanged(PatientCase patientCase, Path caseDir, CaseLock lock) throws IOException {
        CaseVersion version = CaseVersion.of(patientCase);
        Path folder = caseDir.toRealPath();
        if (version == null || version.folder != null && !version.folder.equals(folder)) {
            return; // built in memory, or saved into another folder than it came from ("save as"): nothing to compare
        }
        Path xmiFile = caseDir.resolve(CASE_FILE);
        byte[] onDisk;
        try {
            onDisk = Files.readAllBytes(xmiFile);
        } catch (NoSuchFileException e) {
            onDisk = null;
        }
        if (version.sha256 == null) {
            if (onDisk != null) {
                throw new CaseConflictException(caseDir + " already holds a case (" + whoWrote(onDisk, lock)
                        + "), written since this one was started; not overwritten");
            }
        } else if (onDisk == null) {
            throw new CaseConflictException("case " + caseDir + ": " + CASE_FILE + " was removed since the case was loaded; not saved");
        } else if (!version.sha256.equals(sha256(onDisk))) {
            throw new CaseConflictException("case " + caseDir + " was changed since it was loaded (" + whoWrote(onDisk, lock)
                    + "); not saved, so that change is kept: reload the case and redo yours");
        }
    }

    /** "by C at T, W": the command that last saved (lock file), the time and writer from the root of case.xmi. */
    private static String whoWrote(byte[] xmi, CaseLock lock) {
        String modifiedAt = null;
        String by = null;
        try {
            RootElement root = rootElement(xmi);
            if (root != null) {
                modifiedAt = root.attribute("modifiedAt");
                by = root.attribute("writtenBy");
            }
        } catch (XMLStreamException e) {
            // described as unknown below
        }
        String command = lock.lastSavedBy();
        String at = modifiedAt == null ? "an unknown time" : modifiedAt;
        String program = by == null ? "an unknown writer" : by;
        return command == null || command.equals(program) ? "by " + program + " at " + at : "by " + command + " at " + at + ", " + program;
    }

    private void saveLocked(PatientCase patientCase, Path caseDir, CaseLock lock) throws IOException {
        Path arraysDir = caseDir.resolve(ARRAYS_DIR);
        // Temporaries and new array files of this save: removed at once if it fails before the commit
        // (e.g. "No space left on device"), so a failed save leaves nothing behind.
        List<Path> created = new ArrayList<>();
        boolean committed = false;
        try {
            Files.createDirectories(arraysDir);
            Set<String> referenced = new HashSet<>();
            for (TreeIterator<EObject> it = patientCase.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof ImageSeries series && series.getVoxels() != null) {
                    String name = writeArray(arraysDir, toBytes(series.getVoxels()), ".i16le", created);
                    series.setVoxelFile(ARRAYS_DIR + "/" + name);
                    series.setVoxelSha256(name.substring(0, name.indexOf('.')));
                    referenced.add(name);
                } else if (o instanceof ImageSeries series && series.getVoxelFile() != null) {
                    referenced.add(Path.of(series.getVoxelFile()).getFileName().toString());
                } else if (o instanceof DoseGrid grid && grid.getDoseValues() != null) {
                    String name = writeArray(arraysDir, toBytes(grid.getDoseValues()), ".f32le", created);
                    grid.setDoseFile(ARRAYS_DIR + "/" + name);
                    grid.setDoseSha256(name.substring(0, name.indexOf('.')));
                    referenced.add(name);
                } else if (o instanceof DoseGrid grid && grid.getDoseFile() != null) {
                    referenced.add(Path.of(grid.getDoseFile()).getFileName().toString());
                }
            }
            step("arrays-written");

            byte[] xmi = serialize(patientCase, caseDir);
            Path temp = caseDir.resolve(CASE_FILE + TEMP_MARK + UUID.randomUUID());
            created.add(temp);
            writeDurably(temp, xmi, "xmi", caseDir.resolve(CASE_FILE));
            step("xmi-temp-written");
            moveAtomically(temp, caseDir.resolve(CASE_FILE));
            committed = true;
            lock.markSaved();
            CaseVersion.attach(patientCase, caseDir.toRealPath(), sha256(xmi));
            step("committed");
            forceDirectory(caseDir);
            step("directory-synced");
            removeUnreferenced(arraysDir, referenced); // under the lock: no other writer's arrays are in flight
            removeTemporaries(caseDir);
            step("cleaned");
        } catch (IOException | RuntimeException | Error e) {
            if (committed) {
                throw e;
            }
            for (Path p : created) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            if (e instanceof IOException io && !(e instanceof CaseSaveException)) {
                throw new CaseSaveException("case " + caseDir + " not saved, it keeps its previous content: " + reason(io), io);
            }
            throw e;
        }
    }

    private void validate(PatientCase patientCase) throws CaseSaveException {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(patientCase);
        List<String> problems = new ArrayList<>();
        collectErrors(diagnostic, problems);
        for (TreeIterator<EObject> it = patientCase.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof ImageSeries s && s.getVoxels() != null) {
                long expected = (long) s.getColumns() * s.getRows() * s.getSlices();
                if (s.getVoxels().length != expected) {
                    problems.add("ImageSeries " + s.getSeriesInstanceUid() + ": voxels has " + s.getVoxels().length
                            + " values but columns x rows x slices = " + expected);
                }
            } else if (o instanceof DoseGrid g && g.getDoseValues() != null) {
                long expected = (long) g.getColumns() * g.getRows() * g.getSlices();
                if (g.getDoseValues().length != expected) {
                    problems.add("DoseGrid: doseValues has " + g.getDoseValues().length
                            + " values but columns x rows x slices = " + expected);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseSaveException("case " + patientCase.getCaseId() + " not saved: " + String.join("; ", problems));
        }
    }

    private static void collectErrors(Diagnostic d, List<String> out) {
        if (d.getChildren().isEmpty() && d.getSeverity() >= Diagnostic.ERROR) {
            out.add(d.getMessage());
        }
        for (Diagnostic child : d.getChildren()) {
            collectErrors(child, out);
        }
    }

    /** Writes an array file unless it exists; its temporary, then the new file, go into {@code created}. */
    private String writeArray(Path arraysDir, byte[] bytes, String suffix, List<Path> created) throws IOException {
        String name = sha256(bytes) + suffix;
        Path target = arraysDir.resolve(name);
        if (Files.exists(target) && Files.size(target) == bytes.length) {
            return name; // content-addressed: same name, same bytes
        }
        boolean existed = Files.exists(target);
        Path temp = arraysDir.resolve(name + TEMP_MARK + UUID.randomUUID());
        created.add(temp);
        writeDurably(temp, bytes, "array", target);
        moveAtomically(temp, target);
        created.remove(temp);
        if (!existed) {
            created.add(target);
        }
        return name;
    }

    /** Writes and forces {@code file}; a failure names {@code shownAs}, the file it becomes (channel errors name none). */
    private void writeDurably(Path file, byte[] bytes, String what, Path shownAs) throws IOException {
        try {
            writeDurably(file, bytes, what);
        } catch (CaseSaveException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("writing " + shownAs + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    private void writeDurably(Path file, byte[] bytes, String what) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int half = bytes.length / 2;
            buffer.limit(half);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            step(what + "-half-written");
            buffer.limit(bytes.length);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        step(what + "-synced");
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new CaseSaveException("the file system of " + to.getParent() + " cannot rename atomically; case not saved", e);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems do not allow opening a directory; the rename is still atomic there.
        }
    }

    private static void removeUnreferenced(Path arraysDir, Set<String> referenced) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(arraysDir)) {
            for (Path f : files) {
                if (!referenced.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void removeTemporaries(Path caseDir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(caseDir, CASE_FILE + TEMP_MARK + "*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private byte[] serialize(PatientCase patientCase, Path caseDir) throws IOException {
        Resource resource = patientCase.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(caseDir.resolve(CASE_FILE).toAbsolutePath().toString()));
            resource.getContents().add(patientCase);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, saveOptions());
        return out.toByteArray();
    }

    private void step(String name) throws IOException {
        listener.reached(name);
    }

    // ------------------------------------------------------------------ load

    /** Loads the case of {@code caseDir}, with its voxel and dose arrays. */
    public PatientCase load(Path caseDir) throws CaseLoadException {
        if (!Files.isDirectory(caseDir)) {
            throw new CaseLoadException(caseDir, "no such case folder");
        }
        Path xmiFile = caseDir.resolve(CASE_FILE);
        byte[] xmi;
        try {
            xmi = Files.readAllBytes(xmiFile);
        } catch (NoSuchFileException e) {
            throw new CaseLoadException(xmiFile, "missing: the folder is not an OpenSABT case");
        } catch (IOException e) {
            throw new CaseLoadException(xmiFile, "cannot be read (" + e.getMessage() + ")", e);
        }
        checkVersion(xmiFile, xmi);

        Resource resource = newResourceSet().createResource(URI.createFileURI(xmiFile.toAbsolutePath().toString()));
        try (InputStream in = new ByteArrayInputStream(xmi)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new CaseLoadException(xmiFile, describe(e), e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof PatientCase)) {
            throw new CaseLoadException(xmiFile, "root element is not a PatientCase");
        }
        PatientCase patientCase = (PatientCase) resource.getContents().get(0);
        for (TreeIterator<EObject> it = patientCase.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof ImageSeries s && s.getVoxelFile() != null) {
                long count = (long) s.getColumns() * s.getRows() * s.getSlices();
                byte[] bytes = readArray(caseDir, s.getVoxelFile(), s.getVoxelSha256(), count * 2,
                        "voxels of series " + s.getSeriesInstanceUid() + " (" + s.getColumns() + "x" + s.getRows() + "x" + s.getSlices() + " int16)");
                short[] voxels = new short[(int) count];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(voxels);
                s.setVoxels(voxels);
            } else if (o instanceof DoseGrid g && g.getDoseFile() != null) {
                long count = (long) g.getColumns() * g.getRows() * g.getSlices();
                byte[] bytes = readArray(caseDir, g.getDoseFile(), g.getDoseSha256(), count * 4,
                        "dose grid (" + g.getColumns() + "x" + g.getRows() + "x" + g.getSlices() + " float32)");
                float[] dose = new float[(int) count];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(dose);
                g.setDoseValues(dose);
            }
        }
        try {
            CaseVersion.attach(patientCase, caseDir.toRealPath(), sha256(xmi));
        } catch (IOException e) {
            throw new CaseLoadException(caseDir, "cannot be resolved (" + e.getMessage() + ")", e);
        }
        return patientCase;
    }

    private static void checkVersion(Path xmiFile, byte[] xmi) throws CaseLoadException {
        RootElement root;
        try {
            root = rootElement(xmi);
        } catch (XMLStreamException e) {
            throw new CaseLoadException(xmiFile, "not well-formed XML: " + e.getMessage(), e);
        }
        if (root == null || root.namespace() == null) {
            throw new CaseLoadException(xmiFile, "empty document");
        }
        String namespace = root.namespace();
        String version = root.attribute("schemaVersion");
        String reason = CaseSchema.whyUnreadable(namespace, version);
        if (reason != null) {
            throw new CaseLoadException(xmiFile, reason);
        }
    }

    /** The root element of case.xmi: its namespace and attributes (those of EMF's PatientCase). */
    private record RootElement(String namespace, java.util.Map<String, String> attributes) {
        String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** Reads case.xmi only up to its root element (no DTDs); null for a document without one. */
    private static RootElement rootElement(byte[] xmi) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xmi));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    java.util.Map<String, String> attributes = new java.util.HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeNamespace(i) == null || reader.getAttributeNamespace(i).isEmpty()) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                    }
                    return new RootElement(reader.getNamespaceURI(), attributes);
                }
            }
            return null;
        } finally {
            reader.close();
        }
    }

    private static byte[] readArray(Path caseDir, String relative, String sha256, long expectedBytes, String what)
            throws CaseLoadException {
        Path file = caseDir.resolve(relative).normalize();
        if (!file.startsWith(caseDir.normalize())) {
            throw new CaseLoadException(file, "array path '" + relative + "' points outside the case folder");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CaseLoadException(file, "missing: holds the " + what);
        } catch (IOException e) {
            throw new CaseLoadException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length != expectedBytes) {
            throw new CaseLoadException(file, "has " + bytes.length + " bytes, expected " + expectedBytes + " for the " + what);
        }
        if (sha256 != null && !sha256.equals(sha256(bytes))) {
            throw new CaseLoadException(file, "content does not match its SHA-256 (damaged or edited since it was saved)");
        }
        return bytes;
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof XMIException)) {
            t = t.getCause();
        }
        if (t instanceof XMIException x) {
            return "line " + x.getLine() + ", column " + x.getColumn() + ": " + x.getMessage();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    // ------------------------------------------------------------------ helpers

    /** An I/O failure in words: FileSystemException's message is only the path for some reasons (access denied). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return f.getFile() + ": " + e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return rs;
    }

    private static Map<Object, Object> saveOptions() {
        return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120,
                XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
    }

    private static Map<Object, Object> loadOptions() {
        return Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE,
                XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    }

    static byte[] toBytes(short[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(values);
        return b.array();
    }

    static byte[] toBytes(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
