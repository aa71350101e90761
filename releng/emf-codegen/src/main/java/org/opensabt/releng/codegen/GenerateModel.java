package org.opensabt.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * Regenerates {@code src-gen/} of the model bundle from {@code model/opensabt.ecore} with EMF's
 * generator, standalone. The {@code .genmodel} is reloaded against the {@code .ecore} first (as the
 * IDE's "Reload" does), so generator settings kept in the {@code .genmodel} survive and new
 * classifiers in the {@code .ecore} are picked up. Only Java sources are taken from the generator;
 * the bundle's MANIFEST.MF, plugin.xml and build.properties are maintained by hand.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.opensabt.model";
    private static final String ECORE = "model/opensabt.ecore";
    private static final String GENMODEL = "model/opensabt.genmodel";

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GenerateModel <path to bundles/org.opensabt.model>");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("opensabt-codegen");
        try {
            Files.createDirectories(work.resolve("model"));
            Files.copy(bundle.resolve(ECORE), work.resolve(ECORE));
            if (Files.exists(bundle.resolve(GENMODEL))) {
                Files.copy(bundle.resolve(GENMODEL), work.resolve(GENMODEL));
            }
            GenModel genModel = reloadGenModel(work);
            generate(genModel);
            replaceTree(work.resolve("src-gen"), bundle.resolve("src-gen"));
            Files.copy(work.resolve(GENMODEL), bundle.resolve(GENMODEL),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Regenerated " + bundle.resolve("src-gen") + " from " + ECORE);
        } finally {
            deleteTree(work);
        }
    }

    private static GenModel reloadGenModel(Path work) throws IOException {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        XMLTypePackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(work.toString() + "/"));

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI ecoreUri = URI.createPlatformResourceURI(PROJECT + "/" + ECORE, true);
        URI genModelUri = URI.createPlatformResourceURI(PROJECT + "/" + GENMODEL, true);
        EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);

        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(List.of(ePackage));
        Resource genRes = rs.createResource(genModelUri);
        GenModel old = null;
        if (Files.exists(work.resolve(GENMODEL))) {
            ResourceSet oldRs = new ResourceSetImpl();
            oldRs.getResourceFactoryRegistry().getExtensionToFactoryMap().putAll(
                    rs.getResourceFactoryRegistry().getExtensionToFactoryMap());
            old = (GenModel) oldRs.getResource(genModelUri, true).getContents().get(0);
        }
        genRes.getContents().add(fresh);
        if (old != null) {
            fresh.reconcile(old);
        } else {
            applyDefaults(fresh);
        }
        if (fresh.getImporterID() == null) {
            fresh.setImporterID("org.eclipse.emf.importer.ecore");
        }
        fresh.getForeignModel().clear();
        fresh.getForeignModel().add("opensabt.ecore");
        fresh.setCanGenerate(true);
        genRes.save(java.util.Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

        Diagnostic diagnostic = fresh.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is not valid: " + diagnostic);
        }
        return fresh;
    }

    /** Settings of a first generation; afterwards the committed .genmodel is authoritative. */
    private static void applyDefaults(GenModel genModel) {
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setModelPluginID(PROJECT);
        genModel.setModelName("Opensabt");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setCopyrightText("OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.");
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setModelPluginClass("");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage("org.opensabt");
            genPackage.setPrefix("Model");
        }
    }

    private static void generate(GenModel genModel) {
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed: " + result);
        }
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("generator wrote no " + from);
        }
        deleteTree(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
