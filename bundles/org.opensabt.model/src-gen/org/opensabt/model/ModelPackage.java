/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * OpenSABT patient case model. The namespace carries the schema major version; PatientCase.schemaVersion carries major.minor. Coordinates are DICOM patient LPS in mm; doses in Gy.
 * <!-- end-model-doc -->
 * @see org.opensabt.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://opensabt.org/schema/case/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sabt";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.opensabt.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.PatientCaseImpl <em>Patient Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.PatientCaseImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getPatientCase()
	 * @generated
	 */
	int PATIENT_CASE = 0;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__SCHEMA_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__CASE_ID = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__CREATED_AT = 2;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__MODIFIED_AT = 3;

	/**
	 * The feature id for the '<em><b>Written By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__WRITTEN_BY = 4;

	/**
	 * The feature id for the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__PATIENT = 5;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__STUDIES = 6;

	/**
	 * The feature id for the '<em><b>Source Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__SOURCE_MODELS = 7;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__PLANS = 8;

	/**
	 * The feature id for the '<em><b>Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__TEMPLATES = 9;

	/**
	 * The feature id for the '<em><b>Implants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__IMPLANTS = 10;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__FOLLOW_UPS = 11;

	/**
	 * The feature id for the '<em><b>Tumour Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__TUMOUR_LOCATION = 12;

	/**
	 * The feature id for the '<em><b>Pathology</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__PATHOLOGY = 13;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__GRADE = 14;

	/**
	 * The feature id for the '<em><b>Lesion Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE__LESION_TYPE = 15;

	/**
	 * The number of structural features of the '<em>Patient Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Patient Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.PatientImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 1;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__PATIENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SEX = 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__BIRTH_DATE = 3;

	/**
	 * The feature id for the '<em><b>Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__CENTRE = 4;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.StudyImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 2;

	/**
	 * The feature id for the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STUDY_INSTANCE_UID = 0;

	/**
	 * The feature id for the '<em><b>Study Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STUDY_DATE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SERIES = 3;

	/**
	 * The feature id for the '<em><b>Structure Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STRUCTURE_SETS = 4;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.ImageSeriesImpl <em>Image Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.ImageSeriesImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getImageSeries()
	 * @generated
	 */
	int IMAGE_SERIES = 3;

	/**
	 * The feature id for the '<em><b>Series Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SERIES_INSTANCE_UID = 0;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__MODALITY = 1;

	/**
	 * The feature id for the '<em><b>Frame Of Reference Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__FRAME_OF_REFERENCE_UID = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Origin Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__ORIGIN_MM = 4;

	/**
	 * The feature id for the '<em><b>Spacing Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SPACING_MM = 5;

	/**
	 * The feature id for the '<em><b>Row Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__ROW_DIRECTION = 6;

	/**
	 * The feature id for the '<em><b>Column Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__COLUMN_DIRECTION = 7;

	/**
	 * The feature id for the '<em><b>Slice Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SLICE_DIRECTION = 8;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__COLUMNS = 9;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__ROWS = 10;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SLICES = 11;

	/**
	 * The feature id for the '<em><b>Sop Instance Uids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SOP_INSTANCE_UIDS = 12;

	/**
	 * The feature id for the '<em><b>Voxel Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__VOXEL_UNIT = 13;

	/**
	 * The feature id for the '<em><b>Voxel File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__VOXEL_FILE = 14;

	/**
	 * The feature id for the '<em><b>Voxel Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__VOXEL_SHA256 = 15;

	/**
	 * The feature id for the '<em><b>Voxels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__VOXELS = 16;

	/**
	 * The number of structural features of the '<em>Image Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Image Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.StructureSetImpl <em>Structure Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.StructureSetImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getStructureSet()
	 * @generated
	 */
	int STRUCTURE_SET = 4;

	/**
	 * The feature id for the '<em><b>Sop Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET__SOP_INSTANCE_UID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Frame Of Reference Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET__FRAME_OF_REFERENCE_UID = 2;

	/**
	 * The feature id for the '<em><b>Referenced Series Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET__REFERENCED_SERIES_UID = 3;

	/**
	 * The feature id for the '<em><b>Structures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET__STRUCTURES = 4;

	/**
	 * The number of structural features of the '<em>Structure Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Structure Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.StructureImpl <em>Structure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.StructureImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getStructure()
	 * @generated
	 */
	int STRUCTURE = 5;

	/**
	 * The feature id for the '<em><b>Roi Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__ROI_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Color Rgb</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__COLOR_RGB = 3;

	/**
	 * The feature id for the '<em><b>Contours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE__CONTOURS = 4;

	/**
	 * The number of structural features of the '<em>Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.ContourImpl <em>Contour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.ContourImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getContour()
	 * @generated
	 */
	int CONTOUR = 6;

	/**
	 * The feature id for the '<em><b>Points Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR__POINTS_MM = 0;

	/**
	 * The feature id for the '<em><b>Hole</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR__HOLE = 1;

	/**
	 * The number of structural features of the '<em>Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.SourceModelImpl <em>Source Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.SourceModelImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getSourceModel()
	 * @generated
	 */
	int SOURCE_MODEL = 7;

	/**
	 * The feature id for the '<em><b>Model Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL__MODEL_ID = 0;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL__MANUFACTURER = 1;

	/**
	 * The feature id for the '<em><b>Radionuclide</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL__RADIONUCLIDE = 2;

	/**
	 * The feature id for the '<em><b>Half Life Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL__HALF_LIFE_DAYS = 3;

	/**
	 * The feature id for the '<em><b>Dose Rate Constant CGy Per Hour Per U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U = 4;

	/**
	 * The number of structural features of the '<em>Source Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Source Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.PlanImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 8;

	/**
	 * The feature id for the '<em><b>Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PLAN_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__APPROVED_BY = 3;

	/**
	 * The feature id for the '<em><b>Approved Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__APPROVED_DATE_TIME = 4;

	/**
	 * The feature id for the '<em><b>Based On Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BASED_ON_PLAN_ID = 5;

	/**
	 * The feature id for the '<em><b>Prescription Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PRESCRIPTION_DOSE_GY = 6;

	/**
	 * The feature id for the '<em><b>Air Kerma Strength U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__AIR_KERMA_STRENGTH_U = 7;

	/**
	 * The feature id for the '<em><b>Source Strength Reference Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME = 8;

	/**
	 * The feature id for the '<em><b>Source Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SOURCE_MODEL = 9;

	/**
	 * The feature id for the '<em><b>Image Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__IMAGE_SERIES = 10;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TARGET = 11;

	/**
	 * The feature id for the '<em><b>Needles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NEEDLES = 12;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SEEDS = 13;

	/**
	 * The feature id for the '<em><b>Dose Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DOSE_GRID = 14;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__METRICS = 15;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.NeedleImpl <em>Needle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.NeedleImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getNeedle()
	 * @generated
	 */
	int NEEDLE = 9;

	/**
	 * The feature id for the '<em><b>Needle Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE__NEEDLE_ID = 0;

	/**
	 * The feature id for the '<em><b>Entry Point Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE__ENTRY_POINT_MM = 1;

	/**
	 * The feature id for the '<em><b>Tip Point Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE__TIP_POINT_MM = 2;

	/**
	 * The feature id for the '<em><b>Direction Unit</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE__DIRECTION_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Guide Hole Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE__GUIDE_HOLE_ID = 4;

	/**
	 * The number of structural features of the '<em>Needle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Needle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.SeedImpl <em>Seed</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.SeedImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getSeed()
	 * @generated
	 */
	int SEED = 10;

	/**
	 * The feature id for the '<em><b>Seed Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__SEED_ID = 0;

	/**
	 * The feature id for the '<em><b>Position Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__POSITION_MM = 1;

	/**
	 * The feature id for the '<em><b>Direction Unit</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__DIRECTION_UNIT = 2;

	/**
	 * The feature id for the '<em><b>Air Kerma Strength U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__AIR_KERMA_STRENGTH_U = 3;

	/**
	 * The feature id for the '<em><b>Needle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__NEEDLE = 4;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__ORIGIN = 5;

	/**
	 * The feature id for the '<em><b>Planned Seed Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__PLANNED_SEED_ID = 6;

	/**
	 * The feature id for the '<em><b>Axis Assumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED__AXIS_ASSUMED = 7;

	/**
	 * The number of structural features of the '<em>Seed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Seed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.DoseGridImpl <em>Dose Grid</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.DoseGridImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getDoseGrid()
	 * @generated
	 */
	int DOSE_GRID = 11;

	/**
	 * The feature id for the '<em><b>Origin Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__ORIGIN_MM = 0;

	/**
	 * The feature id for the '<em><b>Spacing Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__SPACING_MM = 1;

	/**
	 * The feature id for the '<em><b>Row Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__ROW_DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Column Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__COLUMN_DIRECTION = 3;

	/**
	 * The feature id for the '<em><b>Slice Direction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__SLICE_DIRECTION = 4;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__COLUMNS = 5;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__ROWS = 6;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__SLICES = 7;

	/**
	 * The feature id for the '<em><b>Dose Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__DOSE_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Dose File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__DOSE_FILE = 9;

	/**
	 * The feature id for the '<em><b>Dose Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__DOSE_SHA256 = 10;

	/**
	 * The feature id for the '<em><b>Dose Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID__DOSE_VALUES = 11;

	/**
	 * The number of structural features of the '<em>Dose Grid</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Dose Grid</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_GRID_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.DoseMetricImpl <em>Dose Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.DoseMetricImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getDoseMetric()
	 * @generated
	 */
	int DOSE_METRIC = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Structure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC__STRUCTURE = 3;

	/**
	 * The number of structural features of the '<em>Dose Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Dose Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.NeedleTemplateImpl <em>Needle Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.NeedleTemplateImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getNeedleTemplate()
	 * @generated
	 */
	int NEEDLE_TEMPLATE = 13;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE__TEMPLATE_ID = 0;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE__PLAN = 1;

	/**
	 * The feature id for the '<em><b>Thickness Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE__THICKNESS_MM = 2;

	/**
	 * The feature id for the '<em><b>Stl File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE__STL_FILE = 3;

	/**
	 * The feature id for the '<em><b>Guide Holes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE__GUIDE_HOLES = 4;

	/**
	 * The number of structural features of the '<em>Needle Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Needle Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDLE_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.GuideHoleImpl <em>Guide Hole</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.GuideHoleImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getGuideHole()
	 * @generated
	 */
	int GUIDE_HOLE = 14;

	/**
	 * The feature id for the '<em><b>Hole Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE__HOLE_ID = 0;

	/**
	 * The feature id for the '<em><b>Center Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE__CENTER_MM = 1;

	/**
	 * The feature id for the '<em><b>Direction Unit</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE__DIRECTION_UNIT = 2;

	/**
	 * The feature id for the '<em><b>Diameter Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE__DIAMETER_MM = 3;

	/**
	 * The number of structural features of the '<em>Guide Hole</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Guide Hole</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDE_HOLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.ImplantImpl <em>Implant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.ImplantImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getImplant()
	 * @generated
	 */
	int IMPLANT = 15;

	/**
	 * The feature id for the '<em><b>Implant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__IMPLANT_ID = 0;

	/**
	 * The feature id for the '<em><b>Implant Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__IMPLANT_DATE = 1;

	/**
	 * The feature id for the '<em><b>Post To Planning Transform</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__POST_TO_PLANNING_TRANSFORM = 2;

	/**
	 * The feature id for the '<em><b>Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__REGISTRATION = 3;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__PLAN = 4;

	/**
	 * The feature id for the '<em><b>Post Implant Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__POST_IMPLANT_SERIES = 5;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__SEEDS = 6;

	/**
	 * The feature id for the '<em><b>Dose Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__DOSE_GRID = 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__METRICS = 8;

	/**
	 * The feature id for the '<em><b>Seeds Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__SEEDS_EXPECTED = 9;

	/**
	 * The feature id for the '<em><b>Registration Residual Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__REGISTRATION_RESIDUAL_MM = 10;

	/**
	 * The feature id for the '<em><b>Other Metal</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__OTHER_METAL = 11;

	/**
	 * The feature id for the '<em><b>Edits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT__EDITS = 12;

	/**
	 * The number of structural features of the '<em>Implant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Implant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.MetalObjectImpl <em>Metal Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.MetalObjectImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getMetalObject()
	 * @generated
	 */
	int METAL_OBJECT = 16;

	/**
	 * The feature id for the '<em><b>Position Mm</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT__POSITION_MM = 0;

	/**
	 * The feature id for the '<em><b>Length Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT__LENGTH_MM = 1;

	/**
	 * The feature id for the '<em><b>Width Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT__WIDTH_MM = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Metal Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Metal Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_OBJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.FollowUpImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 17;

	/**
	 * The feature id for the '<em><b>Assessment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ASSESSMENT_DATE = 0;

	/**
	 * The feature id for the '<em><b>Months Since Implant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__MONTHS_SINCE_IMPLANT = 1;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__RESPONSE = 2;

	/**
	 * The feature id for the '<em><b>Response Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__RESPONSE_DATE = 3;

	/**
	 * The feature id for the '<em><b>Local Progression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__LOCAL_PROGRESSION = 4;

	/**
	 * The feature id for the '<em><b>Local Progression Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__LOCAL_PROGRESSION_DATE = 5;

	/**
	 * The feature id for the '<em><b>Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DEATH = 6;

	/**
	 * The feature id for the '<em><b>Death Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DEATH_DATE = 7;

	/**
	 * The feature id for the '<em><b>Last Contact Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__LAST_CONTACT_DATE = 8;

	/**
	 * The feature id for the '<em><b>Pain Nrs Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__PAIN_NRS_BEFORE = 9;

	/**
	 * The feature id for the '<em><b>Pain Nrs After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__PAIN_NRS_AFTER = 10;

	/**
	 * The feature id for the '<em><b>Kps Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__KPS_BEFORE = 11;

	/**
	 * The feature id for the '<em><b>Kps After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__KPS_AFTER = 12;

	/**
	 * The feature id for the '<em><b>Adverse Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ADVERSE_EVENTS = 13;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.AdverseEventImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getAdverseEvent()
	 * @generated
	 */
	int ADVERSE_EVENT = 18;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__TERM = 1;

	/**
	 * The feature id for the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__CTCAE_GRADE = 2;

	/**
	 * The number of structural features of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.CohortImpl <em>Cohort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.CohortImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getCohort()
	 * @generated
	 */
	int COHORT = 19;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__SCHEMA_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Cohort Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__COHORT_ID = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__NAME = 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__MEMBERS = 3;

	/**
	 * The number of structural features of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.CohortMemberImpl <em>Cohort Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.CohortMemberImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getCohortMember()
	 * @generated
	 */
	int COHORT_MEMBER = 20;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER__PATIENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER__CENTRE = 1;

	/**
	 * The feature id for the '<em><b>Case Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER__CASE_FOLDER = 2;

	/**
	 * The feature id for the '<em><b>Covariates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER__COVARIATES = 3;

	/**
	 * The number of structural features of the '<em>Cohort Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cohort Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.impl.CovariateImpl <em>Covariate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.CovariateImpl
	 * @see org.opensabt.model.impl.ModelPackageImpl#getCovariate()
	 * @generated
	 */
	int COVARIATE = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIATE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIATE__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Covariate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Covariate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVARIATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opensabt.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.Sex
	 * @see org.opensabt.model.impl.ModelPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 22;

	/**
	 * The meta object id for the '{@link org.opensabt.model.RoiType <em>Roi Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.RoiType
	 * @see org.opensabt.model.impl.ModelPackageImpl#getRoiType()
	 * @generated
	 */
	int ROI_TYPE = 23;

	/**
	 * The meta object id for the '{@link org.opensabt.model.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.PlanStatus
	 * @see org.opensabt.model.impl.ModelPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 24;

	/**
	 * The meta object id for the '{@link org.opensabt.model.RecistResponse <em>Recist Response</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.RecistResponse
	 * @see org.opensabt.model.impl.ModelPackageImpl#getRecistResponse()
	 * @generated
	 */
	int RECIST_RESPONSE = 25;

	/**
	 * The meta object id for the '<em>Short Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.ModelPackageImpl#getShortArray()
	 * @generated
	 */
	int SHORT_ARRAY = 26;

	/**
	 * The meta object id for the '<em>Float Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opensabt.model.impl.ModelPackageImpl#getFloatArray()
	 * @generated
	 */
	int FLOAT_ARRAY = 27;


	/**
	 * Returns the meta object for class '{@link org.opensabt.model.PatientCase <em>Patient Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient Case</em>'.
	 * @see org.opensabt.model.PatientCase
	 * @generated
	 */
	EClass getPatientCase();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.opensabt.model.PatientCase#getSchemaVersion()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getCaseId <em>Case Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Id</em>'.
	 * @see org.opensabt.model.PatientCase#getCaseId()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_CaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.opensabt.model.PatientCase#getCreatedAt()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getModifiedAt <em>Modified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified At</em>'.
	 * @see org.opensabt.model.PatientCase#getModifiedAt()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_ModifiedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getWrittenBy <em>Written By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Written By</em>'.
	 * @see org.opensabt.model.PatientCase#getWrittenBy()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_WrittenBy();

	/**
	 * Returns the meta object for the containment reference '{@link org.opensabt.model.PatientCase#getPatient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Patient</em>'.
	 * @see org.opensabt.model.PatientCase#getPatient()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_Patient();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see org.opensabt.model.PatientCase#getStudies()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getSourceModels <em>Source Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Source Models</em>'.
	 * @see org.opensabt.model.PatientCase#getSourceModels()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_SourceModels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.opensabt.model.PatientCase#getPlans()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getTemplates <em>Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Templates</em>'.
	 * @see org.opensabt.model.PatientCase#getTemplates()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_Templates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getImplants <em>Implants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Implants</em>'.
	 * @see org.opensabt.model.PatientCase#getImplants()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_Implants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.PatientCase#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.opensabt.model.PatientCase#getFollowUps()
	 * @see #getPatientCase()
	 * @generated
	 */
	EReference getPatientCase_FollowUps();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getTumourLocation <em>Tumour Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tumour Location</em>'.
	 * @see org.opensabt.model.PatientCase#getTumourLocation()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_TumourLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getPathology <em>Pathology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pathology</em>'.
	 * @see org.opensabt.model.PatientCase#getPathology()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_Pathology();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.opensabt.model.PatientCase#getGrade()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.PatientCase#getLesionType <em>Lesion Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lesion Type</em>'.
	 * @see org.opensabt.model.PatientCase#getLesionType()
	 * @see #getPatientCase()
	 * @generated
	 */
	EAttribute getPatientCase_LesionType();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.opensabt.model.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Patient#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.opensabt.model.Patient#getPatientId()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Patient#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opensabt.model.Patient#getName()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Patient#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.opensabt.model.Patient#getSex()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Patient#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.opensabt.model.Patient#getBirthDate()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Patient#getCentre <em>Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Centre</em>'.
	 * @see org.opensabt.model.Patient#getCentre()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Centre();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.opensabt.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Study#getStudyInstanceUid <em>Study Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Instance Uid</em>'.
	 * @see org.opensabt.model.Study#getStudyInstanceUid()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_StudyInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Study#getStudyDate <em>Study Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Date</em>'.
	 * @see org.opensabt.model.Study#getStudyDate()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_StudyDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opensabt.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Study#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.opensabt.model.Study#getSeries()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Series();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Study#getStructureSets <em>Structure Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Structure Sets</em>'.
	 * @see org.opensabt.model.Study#getStructureSets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_StructureSets();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.ImageSeries <em>Image Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Series</em>'.
	 * @see org.opensabt.model.ImageSeries
	 * @generated
	 */
	EClass getImageSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Instance Uid</em>'.
	 * @see org.opensabt.model.ImageSeries#getSeriesInstanceUid()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_SeriesInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.opensabt.model.ImageSeries#getModality()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Of Reference Uid</em>'.
	 * @see org.opensabt.model.ImageSeries#getFrameOfReferenceUid()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_FrameOfReferenceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opensabt.model.ImageSeries#getDescription()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getOriginMm <em>Origin Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Origin Mm</em>'.
	 * @see org.opensabt.model.ImageSeries#getOriginMm()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_OriginMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getSpacingMm <em>Spacing Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Spacing Mm</em>'.
	 * @see org.opensabt.model.ImageSeries#getSpacingMm()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_SpacingMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getRowDirection <em>Row Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Row Direction</em>'.
	 * @see org.opensabt.model.ImageSeries#getRowDirection()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_RowDirection();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getColumnDirection <em>Column Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Column Direction</em>'.
	 * @see org.opensabt.model.ImageSeries#getColumnDirection()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_ColumnDirection();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getSliceDirection <em>Slice Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Slice Direction</em>'.
	 * @see org.opensabt.model.ImageSeries#getSliceDirection()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_SliceDirection();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns</em>'.
	 * @see org.opensabt.model.ImageSeries#getColumns()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.opensabt.model.ImageSeries#getRows()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slices</em>'.
	 * @see org.opensabt.model.ImageSeries#getSlices()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Slices();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.ImageSeries#getSopInstanceUids <em>Sop Instance Uids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sop Instance Uids</em>'.
	 * @see org.opensabt.model.ImageSeries#getSopInstanceUids()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_SopInstanceUids();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getVoxelUnit <em>Voxel Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voxel Unit</em>'.
	 * @see org.opensabt.model.ImageSeries#getVoxelUnit()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_VoxelUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getVoxelFile <em>Voxel File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voxel File</em>'.
	 * @see org.opensabt.model.ImageSeries#getVoxelFile()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_VoxelFile();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getVoxelSha256 <em>Voxel Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voxel Sha256</em>'.
	 * @see org.opensabt.model.ImageSeries#getVoxelSha256()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_VoxelSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.ImageSeries#getVoxels <em>Voxels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voxels</em>'.
	 * @see org.opensabt.model.ImageSeries#getVoxels()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Voxels();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.StructureSet <em>Structure Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structure Set</em>'.
	 * @see org.opensabt.model.StructureSet
	 * @generated
	 */
	EClass getStructureSet();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.StructureSet#getSopInstanceUid <em>Sop Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sop Instance Uid</em>'.
	 * @see org.opensabt.model.StructureSet#getSopInstanceUid()
	 * @see #getStructureSet()
	 * @generated
	 */
	EAttribute getStructureSet_SopInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.StructureSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.opensabt.model.StructureSet#getLabel()
	 * @see #getStructureSet()
	 * @generated
	 */
	EAttribute getStructureSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.StructureSet#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Of Reference Uid</em>'.
	 * @see org.opensabt.model.StructureSet#getFrameOfReferenceUid()
	 * @see #getStructureSet()
	 * @generated
	 */
	EAttribute getStructureSet_FrameOfReferenceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.StructureSet#getReferencedSeriesUid <em>Referenced Series Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referenced Series Uid</em>'.
	 * @see org.opensabt.model.StructureSet#getReferencedSeriesUid()
	 * @see #getStructureSet()
	 * @generated
	 */
	EAttribute getStructureSet_ReferencedSeriesUid();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.StructureSet#getStructures <em>Structures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Structures</em>'.
	 * @see org.opensabt.model.StructureSet#getStructures()
	 * @see #getStructureSet()
	 * @generated
	 */
	EReference getStructureSet_Structures();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Structure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structure</em>'.
	 * @see org.opensabt.model.Structure
	 * @generated
	 */
	EClass getStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Structure#getRoiNumber <em>Roi Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roi Number</em>'.
	 * @see org.opensabt.model.Structure#getRoiNumber()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_RoiNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Structure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opensabt.model.Structure#getName()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Structure#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.opensabt.model.Structure#getType()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Structure#getColorRgb <em>Color Rgb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Color Rgb</em>'.
	 * @see org.opensabt.model.Structure#getColorRgb()
	 * @see #getStructure()
	 * @generated
	 */
	EAttribute getStructure_ColorRgb();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Structure#getContours <em>Contours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contours</em>'.
	 * @see org.opensabt.model.Structure#getContours()
	 * @see #getStructure()
	 * @generated
	 */
	EReference getStructure_Contours();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Contour <em>Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contour</em>'.
	 * @see org.opensabt.model.Contour
	 * @generated
	 */
	EClass getContour();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Contour#getPointsMm <em>Points Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Points Mm</em>'.
	 * @see org.opensabt.model.Contour#getPointsMm()
	 * @see #getContour()
	 * @generated
	 */
	EAttribute getContour_PointsMm();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Contour#isHole <em>Hole</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hole</em>'.
	 * @see org.opensabt.model.Contour#isHole()
	 * @see #getContour()
	 * @generated
	 */
	EAttribute getContour_Hole();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.SourceModel <em>Source Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Model</em>'.
	 * @see org.opensabt.model.SourceModel
	 * @generated
	 */
	EClass getSourceModel();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.SourceModel#getModelId <em>Model Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Id</em>'.
	 * @see org.opensabt.model.SourceModel#getModelId()
	 * @see #getSourceModel()
	 * @generated
	 */
	EAttribute getSourceModel_ModelId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.SourceModel#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.opensabt.model.SourceModel#getManufacturer()
	 * @see #getSourceModel()
	 * @generated
	 */
	EAttribute getSourceModel_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.SourceModel#getRadionuclide <em>Radionuclide</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radionuclide</em>'.
	 * @see org.opensabt.model.SourceModel#getRadionuclide()
	 * @see #getSourceModel()
	 * @generated
	 */
	EAttribute getSourceModel_Radionuclide();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.SourceModel#getHalfLifeDays <em>Half Life Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Half Life Days</em>'.
	 * @see org.opensabt.model.SourceModel#getHalfLifeDays()
	 * @see #getSourceModel()
	 * @generated
	 */
	EAttribute getSourceModel_HalfLifeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.SourceModel#getDoseRateConstantCGyPerHourPerU <em>Dose Rate Constant CGy Per Hour Per U</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Rate Constant CGy Per Hour Per U</em>'.
	 * @see org.opensabt.model.SourceModel#getDoseRateConstantCGyPerHourPerU()
	 * @see #getSourceModel()
	 * @generated
	 */
	EAttribute getSourceModel_DoseRateConstantCGyPerHourPerU();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.opensabt.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getPlanId <em>Plan Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Id</em>'.
	 * @see org.opensabt.model.Plan#getPlanId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PlanId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.opensabt.model.Plan#getLabel()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.opensabt.model.Plan#getStatus()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved By</em>'.
	 * @see org.opensabt.model.Plan#getApprovedBy()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getApprovedDateTime <em>Approved Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved Date Time</em>'.
	 * @see org.opensabt.model.Plan#getApprovedDateTime()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ApprovedDateTime();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getBasedOnPlanId <em>Based On Plan Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On Plan Id</em>'.
	 * @see org.opensabt.model.Plan#getBasedOnPlanId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_BasedOnPlanId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prescription Dose Gy</em>'.
	 * @see org.opensabt.model.Plan#getPrescriptionDoseGy()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PrescriptionDoseGy();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getAirKermaStrengthU <em>Air Kerma Strength U</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Air Kerma Strength U</em>'.
	 * @see org.opensabt.model.Plan#getAirKermaStrengthU()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_AirKermaStrengthU();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Plan#getSourceStrengthReferenceDateTime <em>Source Strength Reference Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Strength Reference Date Time</em>'.
	 * @see org.opensabt.model.Plan#getSourceStrengthReferenceDateTime()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_SourceStrengthReferenceDateTime();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Plan#getSourceModel <em>Source Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Model</em>'.
	 * @see org.opensabt.model.Plan#getSourceModel()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_SourceModel();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Plan#getImageSeries <em>Image Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image Series</em>'.
	 * @see org.opensabt.model.Plan#getImageSeries()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ImageSeries();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Plan#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.opensabt.model.Plan#getTarget()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Plan#getNeedles <em>Needles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needles</em>'.
	 * @see org.opensabt.model.Plan#getNeedles()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Needles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Plan#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seeds</em>'.
	 * @see org.opensabt.model.Plan#getSeeds()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Seeds();

	/**
	 * Returns the meta object for the containment reference '{@link org.opensabt.model.Plan#getDoseGrid <em>Dose Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dose Grid</em>'.
	 * @see org.opensabt.model.Plan#getDoseGrid()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_DoseGrid();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Plan#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.opensabt.model.Plan#getMetrics()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Metrics();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Needle <em>Needle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Needle</em>'.
	 * @see org.opensabt.model.Needle
	 * @generated
	 */
	EClass getNeedle();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Needle#getNeedleId <em>Needle Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needle Id</em>'.
	 * @see org.opensabt.model.Needle#getNeedleId()
	 * @see #getNeedle()
	 * @generated
	 */
	EAttribute getNeedle_NeedleId();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Needle#getEntryPointMm <em>Entry Point Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Entry Point Mm</em>'.
	 * @see org.opensabt.model.Needle#getEntryPointMm()
	 * @see #getNeedle()
	 * @generated
	 */
	EAttribute getNeedle_EntryPointMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Needle#getTipPointMm <em>Tip Point Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tip Point Mm</em>'.
	 * @see org.opensabt.model.Needle#getTipPointMm()
	 * @see #getNeedle()
	 * @generated
	 */
	EAttribute getNeedle_TipPointMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Needle#getDirectionUnit <em>Direction Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Direction Unit</em>'.
	 * @see org.opensabt.model.Needle#getDirectionUnit()
	 * @see #getNeedle()
	 * @generated
	 */
	EAttribute getNeedle_DirectionUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Needle#getGuideHoleId <em>Guide Hole Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guide Hole Id</em>'.
	 * @see org.opensabt.model.Needle#getGuideHoleId()
	 * @see #getNeedle()
	 * @generated
	 */
	EAttribute getNeedle_GuideHoleId();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Seed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Seed</em>'.
	 * @see org.opensabt.model.Seed
	 * @generated
	 */
	EClass getSeed();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Seed#getSeedId <em>Seed Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed Id</em>'.
	 * @see org.opensabt.model.Seed#getSeedId()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_SeedId();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Seed#getPositionMm <em>Position Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Position Mm</em>'.
	 * @see org.opensabt.model.Seed#getPositionMm()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_PositionMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Seed#getDirectionUnit <em>Direction Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Direction Unit</em>'.
	 * @see org.opensabt.model.Seed#getDirectionUnit()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_DirectionUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Seed#getAirKermaStrengthU <em>Air Kerma Strength U</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Air Kerma Strength U</em>'.
	 * @see org.opensabt.model.Seed#getAirKermaStrengthU()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_AirKermaStrengthU();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Seed#getNeedle <em>Needle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Needle</em>'.
	 * @see org.opensabt.model.Seed#getNeedle()
	 * @see #getSeed()
	 * @generated
	 */
	EReference getSeed_Needle();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Seed#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.opensabt.model.Seed#getOrigin()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Seed#getPlannedSeedId <em>Planned Seed Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Seed Id</em>'.
	 * @see org.opensabt.model.Seed#getPlannedSeedId()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_PlannedSeedId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Seed#isAxisAssumed <em>Axis Assumed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis Assumed</em>'.
	 * @see org.opensabt.model.Seed#isAxisAssumed()
	 * @see #getSeed()
	 * @generated
	 */
	EAttribute getSeed_AxisAssumed();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.DoseGrid <em>Dose Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Grid</em>'.
	 * @see org.opensabt.model.DoseGrid
	 * @generated
	 */
	EClass getDoseGrid();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.DoseGrid#getOriginMm <em>Origin Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Origin Mm</em>'.
	 * @see org.opensabt.model.DoseGrid#getOriginMm()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_OriginMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.DoseGrid#getSpacingMm <em>Spacing Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Spacing Mm</em>'.
	 * @see org.opensabt.model.DoseGrid#getSpacingMm()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_SpacingMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.DoseGrid#getRowDirection <em>Row Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Row Direction</em>'.
	 * @see org.opensabt.model.DoseGrid#getRowDirection()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_RowDirection();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.DoseGrid#getColumnDirection <em>Column Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Column Direction</em>'.
	 * @see org.opensabt.model.DoseGrid#getColumnDirection()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_ColumnDirection();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.DoseGrid#getSliceDirection <em>Slice Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Slice Direction</em>'.
	 * @see org.opensabt.model.DoseGrid#getSliceDirection()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_SliceDirection();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns</em>'.
	 * @see org.opensabt.model.DoseGrid#getColumns()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.opensabt.model.DoseGrid#getRows()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slices</em>'.
	 * @see org.opensabt.model.DoseGrid#getSlices()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_Slices();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getDoseUnit <em>Dose Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Unit</em>'.
	 * @see org.opensabt.model.DoseGrid#getDoseUnit()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_DoseUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getDoseFile <em>Dose File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose File</em>'.
	 * @see org.opensabt.model.DoseGrid#getDoseFile()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_DoseFile();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getDoseSha256 <em>Dose Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Sha256</em>'.
	 * @see org.opensabt.model.DoseGrid#getDoseSha256()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_DoseSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseGrid#getDoseValues <em>Dose Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Values</em>'.
	 * @see org.opensabt.model.DoseGrid#getDoseValues()
	 * @see #getDoseGrid()
	 * @generated
	 */
	EAttribute getDoseGrid_DoseValues();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.DoseMetric <em>Dose Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Metric</em>'.
	 * @see org.opensabt.model.DoseMetric
	 * @generated
	 */
	EClass getDoseMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseMetric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opensabt.model.DoseMetric#getName()
	 * @see #getDoseMetric()
	 * @generated
	 */
	EAttribute getDoseMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseMetric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.opensabt.model.DoseMetric#getValue()
	 * @see #getDoseMetric()
	 * @generated
	 */
	EAttribute getDoseMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.DoseMetric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.opensabt.model.DoseMetric#getUnit()
	 * @see #getDoseMetric()
	 * @generated
	 */
	EAttribute getDoseMetric_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.DoseMetric#getStructure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Structure</em>'.
	 * @see org.opensabt.model.DoseMetric#getStructure()
	 * @see #getDoseMetric()
	 * @generated
	 */
	EReference getDoseMetric_Structure();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.NeedleTemplate <em>Needle Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Needle Template</em>'.
	 * @see org.opensabt.model.NeedleTemplate
	 * @generated
	 */
	EClass getNeedleTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.NeedleTemplate#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see org.opensabt.model.NeedleTemplate#getTemplateId()
	 * @see #getNeedleTemplate()
	 * @generated
	 */
	EAttribute getNeedleTemplate_TemplateId();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.NeedleTemplate#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.opensabt.model.NeedleTemplate#getPlan()
	 * @see #getNeedleTemplate()
	 * @generated
	 */
	EReference getNeedleTemplate_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.NeedleTemplate#getThicknessMm <em>Thickness Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thickness Mm</em>'.
	 * @see org.opensabt.model.NeedleTemplate#getThicknessMm()
	 * @see #getNeedleTemplate()
	 * @generated
	 */
	EAttribute getNeedleTemplate_ThicknessMm();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.NeedleTemplate#getStlFile <em>Stl File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stl File</em>'.
	 * @see org.opensabt.model.NeedleTemplate#getStlFile()
	 * @see #getNeedleTemplate()
	 * @generated
	 */
	EAttribute getNeedleTemplate_StlFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.NeedleTemplate#getGuideHoles <em>Guide Holes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Guide Holes</em>'.
	 * @see org.opensabt.model.NeedleTemplate#getGuideHoles()
	 * @see #getNeedleTemplate()
	 * @generated
	 */
	EReference getNeedleTemplate_GuideHoles();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.GuideHole <em>Guide Hole</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guide Hole</em>'.
	 * @see org.opensabt.model.GuideHole
	 * @generated
	 */
	EClass getGuideHole();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.GuideHole#getHoleId <em>Hole Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hole Id</em>'.
	 * @see org.opensabt.model.GuideHole#getHoleId()
	 * @see #getGuideHole()
	 * @generated
	 */
	EAttribute getGuideHole_HoleId();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.GuideHole#getCenterMm <em>Center Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Center Mm</em>'.
	 * @see org.opensabt.model.GuideHole#getCenterMm()
	 * @see #getGuideHole()
	 * @generated
	 */
	EAttribute getGuideHole_CenterMm();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.GuideHole#getDirectionUnit <em>Direction Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Direction Unit</em>'.
	 * @see org.opensabt.model.GuideHole#getDirectionUnit()
	 * @see #getGuideHole()
	 * @generated
	 */
	EAttribute getGuideHole_DirectionUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.GuideHole#getDiameterMm <em>Diameter Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diameter Mm</em>'.
	 * @see org.opensabt.model.GuideHole#getDiameterMm()
	 * @see #getGuideHole()
	 * @generated
	 */
	EAttribute getGuideHole_DiameterMm();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Implant <em>Implant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implant</em>'.
	 * @see org.opensabt.model.Implant
	 * @generated
	 */
	EClass getImplant();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Implant#getImplantId <em>Implant Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implant Id</em>'.
	 * @see org.opensabt.model.Implant#getImplantId()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_ImplantId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Implant#getImplantDate <em>Implant Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implant Date</em>'.
	 * @see org.opensabt.model.Implant#getImplantDate()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_ImplantDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Implant#getPostToPlanningTransform <em>Post To Planning Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Post To Planning Transform</em>'.
	 * @see org.opensabt.model.Implant#getPostToPlanningTransform()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_PostToPlanningTransform();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Implant#getRegistration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration</em>'.
	 * @see org.opensabt.model.Implant#getRegistration()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_Registration();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Implant#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.opensabt.model.Implant#getPlan()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_Plan();

	/**
	 * Returns the meta object for the reference '{@link org.opensabt.model.Implant#getPostImplantSeries <em>Post Implant Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Post Implant Series</em>'.
	 * @see org.opensabt.model.Implant#getPostImplantSeries()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_PostImplantSeries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Implant#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seeds</em>'.
	 * @see org.opensabt.model.Implant#getSeeds()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_Seeds();

	/**
	 * Returns the meta object for the containment reference '{@link org.opensabt.model.Implant#getDoseGrid <em>Dose Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dose Grid</em>'.
	 * @see org.opensabt.model.Implant#getDoseGrid()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_DoseGrid();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Implant#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.opensabt.model.Implant#getMetrics()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Implant#getSeedsExpected <em>Seeds Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds Expected</em>'.
	 * @see org.opensabt.model.Implant#getSeedsExpected()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_SeedsExpected();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Implant#getRegistrationResidualMm <em>Registration Residual Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Residual Mm</em>'.
	 * @see org.opensabt.model.Implant#getRegistrationResidualMm()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_RegistrationResidualMm();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Implant#getOtherMetal <em>Other Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Other Metal</em>'.
	 * @see org.opensabt.model.Implant#getOtherMetal()
	 * @see #getImplant()
	 * @generated
	 */
	EReference getImplant_OtherMetal();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.Implant#getEdits <em>Edits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Edits</em>'.
	 * @see org.opensabt.model.Implant#getEdits()
	 * @see #getImplant()
	 * @generated
	 */
	EAttribute getImplant_Edits();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.MetalObject <em>Metal Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metal Object</em>'.
	 * @see org.opensabt.model.MetalObject
	 * @generated
	 */
	EClass getMetalObject();

	/**
	 * Returns the meta object for the attribute list '{@link org.opensabt.model.MetalObject#getPositionMm <em>Position Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Position Mm</em>'.
	 * @see org.opensabt.model.MetalObject#getPositionMm()
	 * @see #getMetalObject()
	 * @generated
	 */
	EAttribute getMetalObject_PositionMm();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.MetalObject#getLengthMm <em>Length Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length Mm</em>'.
	 * @see org.opensabt.model.MetalObject#getLengthMm()
	 * @see #getMetalObject()
	 * @generated
	 */
	EAttribute getMetalObject_LengthMm();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.MetalObject#getWidthMm <em>Width Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Mm</em>'.
	 * @see org.opensabt.model.MetalObject#getWidthMm()
	 * @see #getMetalObject()
	 * @generated
	 */
	EAttribute getMetalObject_WidthMm();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.MetalObject#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opensabt.model.MetalObject#getDescription()
	 * @see #getMetalObject()
	 * @generated
	 */
	EAttribute getMetalObject_Description();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.opensabt.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getAssessmentDate <em>Assessment Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessment Date</em>'.
	 * @see org.opensabt.model.FollowUp#getAssessmentDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_AssessmentDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getMonthsSinceImplant <em>Months Since Implant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months Since Implant</em>'.
	 * @see org.opensabt.model.FollowUp#getMonthsSinceImplant()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_MonthsSinceImplant();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see org.opensabt.model.FollowUp#getResponse()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Response();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getResponseDate <em>Response Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Date</em>'.
	 * @see org.opensabt.model.FollowUp#getResponseDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_ResponseDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#isLocalProgression <em>Local Progression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Progression</em>'.
	 * @see org.opensabt.model.FollowUp#isLocalProgression()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_LocalProgression();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getLocalProgressionDate <em>Local Progression Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Progression Date</em>'.
	 * @see org.opensabt.model.FollowUp#getLocalProgressionDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_LocalProgressionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#isDeath <em>Death</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Death</em>'.
	 * @see org.opensabt.model.FollowUp#isDeath()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Death();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getDeathDate <em>Death Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Death Date</em>'.
	 * @see org.opensabt.model.FollowUp#getDeathDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_DeathDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getLastContactDate <em>Last Contact Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Contact Date</em>'.
	 * @see org.opensabt.model.FollowUp#getLastContactDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_LastContactDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getPainNrsBefore <em>Pain Nrs Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Nrs Before</em>'.
	 * @see org.opensabt.model.FollowUp#getPainNrsBefore()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_PainNrsBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getPainNrsAfter <em>Pain Nrs After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Nrs After</em>'.
	 * @see org.opensabt.model.FollowUp#getPainNrsAfter()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_PainNrsAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getKpsBefore <em>Kps Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kps Before</em>'.
	 * @see org.opensabt.model.FollowUp#getKpsBefore()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_KpsBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.FollowUp#getKpsAfter <em>Kps After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kps After</em>'.
	 * @see org.opensabt.model.FollowUp#getKpsAfter()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_KpsAfter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.FollowUp#getAdverseEvents <em>Adverse Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adverse Events</em>'.
	 * @see org.opensabt.model.FollowUp#getAdverseEvents()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_AdverseEvents();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.AdverseEvent <em>Adverse Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adverse Event</em>'.
	 * @see org.opensabt.model.AdverseEvent
	 * @generated
	 */
	EClass getAdverseEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.AdverseEvent#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.opensabt.model.AdverseEvent#getCategory()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.AdverseEvent#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.opensabt.model.AdverseEvent#getTerm()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ctcae Grade</em>'.
	 * @see org.opensabt.model.AdverseEvent#getCtcaeGrade()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_CtcaeGrade();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cohort</em>'.
	 * @see org.opensabt.model.Cohort
	 * @generated
	 */
	EClass getCohort();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Cohort#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.opensabt.model.Cohort#getSchemaVersion()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Cohort#getCohortId <em>Cohort Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cohort Id</em>'.
	 * @see org.opensabt.model.Cohort#getCohortId()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_CohortId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Cohort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opensabt.model.Cohort#getName()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.Cohort#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.opensabt.model.Cohort#getMembers()
	 * @see #getCohort()
	 * @generated
	 */
	EReference getCohort_Members();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.CohortMember <em>Cohort Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cohort Member</em>'.
	 * @see org.opensabt.model.CohortMember
	 * @generated
	 */
	EClass getCohortMember();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.CohortMember#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.opensabt.model.CohortMember#getPatientId()
	 * @see #getCohortMember()
	 * @generated
	 */
	EAttribute getCohortMember_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.CohortMember#getCentre <em>Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Centre</em>'.
	 * @see org.opensabt.model.CohortMember#getCentre()
	 * @see #getCohortMember()
	 * @generated
	 */
	EAttribute getCohortMember_Centre();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.CohortMember#getCaseFolder <em>Case Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Folder</em>'.
	 * @see org.opensabt.model.CohortMember#getCaseFolder()
	 * @see #getCohortMember()
	 * @generated
	 */
	EAttribute getCohortMember_CaseFolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opensabt.model.CohortMember#getCovariates <em>Covariates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Covariates</em>'.
	 * @see org.opensabt.model.CohortMember#getCovariates()
	 * @see #getCohortMember()
	 * @generated
	 */
	EReference getCohortMember_Covariates();

	/**
	 * Returns the meta object for class '{@link org.opensabt.model.Covariate <em>Covariate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Covariate</em>'.
	 * @see org.opensabt.model.Covariate
	 * @generated
	 */
	EClass getCovariate();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Covariate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opensabt.model.Covariate#getName()
	 * @see #getCovariate()
	 * @generated
	 */
	EAttribute getCovariate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Covariate#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.opensabt.model.Covariate#getValue()
	 * @see #getCovariate()
	 * @generated
	 */
	EAttribute getCovariate_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.opensabt.model.Covariate#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.opensabt.model.Covariate#getUnit()
	 * @see #getCovariate()
	 * @generated
	 */
	EAttribute getCovariate_Unit();

	/**
	 * Returns the meta object for enum '{@link org.opensabt.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.opensabt.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.opensabt.model.RoiType <em>Roi Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Roi Type</em>'.
	 * @see org.opensabt.model.RoiType
	 * @generated
	 */
	EEnum getRoiType();

	/**
	 * Returns the meta object for enum '{@link org.opensabt.model.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.opensabt.model.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.opensabt.model.RecistResponse <em>Recist Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recist Response</em>'.
	 * @see org.opensabt.model.RecistResponse
	 * @generated
	 */
	EEnum getRecistResponse();

	/**
	 * Returns the meta object for data type '<em>Short Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * In-memory voxel block, never serialised into XMI.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Short Array</em>'.
	 * @model instanceClass="short[]" serializeable="false"
	 * @generated
	 */
	EDataType getShortArray();

	/**
	 * Returns the meta object for data type '<em>Float Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * In-memory dose block, never serialised into XMI.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Float Array</em>'.
	 * @model instanceClass="float[]" serializeable="false"
	 * @generated
	 */
	EDataType getFloatArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.PatientCaseImpl <em>Patient Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.PatientCaseImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getPatientCase()
		 * @generated
		 */
		EClass PATIENT_CASE = eINSTANCE.getPatientCase();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__SCHEMA_VERSION = eINSTANCE.getPatientCase_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Case Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__CASE_ID = eINSTANCE.getPatientCase_CaseId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__CREATED_AT = eINSTANCE.getPatientCase_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Modified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__MODIFIED_AT = eINSTANCE.getPatientCase_ModifiedAt();

		/**
		 * The meta object literal for the '<em><b>Written By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__WRITTEN_BY = eINSTANCE.getPatientCase_WrittenBy();

		/**
		 * The meta object literal for the '<em><b>Patient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__PATIENT = eINSTANCE.getPatientCase_Patient();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__STUDIES = eINSTANCE.getPatientCase_Studies();

		/**
		 * The meta object literal for the '<em><b>Source Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__SOURCE_MODELS = eINSTANCE.getPatientCase_SourceModels();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__PLANS = eINSTANCE.getPatientCase_Plans();

		/**
		 * The meta object literal for the '<em><b>Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__TEMPLATES = eINSTANCE.getPatientCase_Templates();

		/**
		 * The meta object literal for the '<em><b>Implants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__IMPLANTS = eINSTANCE.getPatientCase_Implants();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_CASE__FOLLOW_UPS = eINSTANCE.getPatientCase_FollowUps();

		/**
		 * The meta object literal for the '<em><b>Tumour Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__TUMOUR_LOCATION = eINSTANCE.getPatientCase_TumourLocation();

		/**
		 * The meta object literal for the '<em><b>Pathology</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__PATHOLOGY = eINSTANCE.getPatientCase_Pathology();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__GRADE = eINSTANCE.getPatientCase_Grade();

		/**
		 * The meta object literal for the '<em><b>Lesion Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_CASE__LESION_TYPE = eINSTANCE.getPatientCase_LesionType();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.PatientImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__PATIENT_ID = eINSTANCE.getPatient_PatientId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__NAME = eINSTANCE.getPatient_Name();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SEX = eINSTANCE.getPatient_Sex();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__BIRTH_DATE = eINSTANCE.getPatient_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Centre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__CENTRE = eINSTANCE.getPatient_Centre();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.StudyImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__STUDY_INSTANCE_UID = eINSTANCE.getStudy_StudyInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Study Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__STUDY_DATE = eINSTANCE.getStudy_StudyDate();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SERIES = eINSTANCE.getStudy_Series();

		/**
		 * The meta object literal for the '<em><b>Structure Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__STRUCTURE_SETS = eINSTANCE.getStudy_StructureSets();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.ImageSeriesImpl <em>Image Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.ImageSeriesImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getImageSeries()
		 * @generated
		 */
		EClass IMAGE_SERIES = eINSTANCE.getImageSeries();

		/**
		 * The meta object literal for the '<em><b>Series Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SERIES_INSTANCE_UID = eINSTANCE.getImageSeries_SeriesInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__MODALITY = eINSTANCE.getImageSeries_Modality();

		/**
		 * The meta object literal for the '<em><b>Frame Of Reference Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__FRAME_OF_REFERENCE_UID = eINSTANCE.getImageSeries_FrameOfReferenceUid();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__DESCRIPTION = eINSTANCE.getImageSeries_Description();

		/**
		 * The meta object literal for the '<em><b>Origin Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__ORIGIN_MM = eINSTANCE.getImageSeries_OriginMm();

		/**
		 * The meta object literal for the '<em><b>Spacing Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SPACING_MM = eINSTANCE.getImageSeries_SpacingMm();

		/**
		 * The meta object literal for the '<em><b>Row Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__ROW_DIRECTION = eINSTANCE.getImageSeries_RowDirection();

		/**
		 * The meta object literal for the '<em><b>Column Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__COLUMN_DIRECTION = eINSTANCE.getImageSeries_ColumnDirection();

		/**
		 * The meta object literal for the '<em><b>Slice Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SLICE_DIRECTION = eINSTANCE.getImageSeries_SliceDirection();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__COLUMNS = eINSTANCE.getImageSeries_Columns();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__ROWS = eINSTANCE.getImageSeries_Rows();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SLICES = eINSTANCE.getImageSeries_Slices();

		/**
		 * The meta object literal for the '<em><b>Sop Instance Uids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SOP_INSTANCE_UIDS = eINSTANCE.getImageSeries_SopInstanceUids();

		/**
		 * The meta object literal for the '<em><b>Voxel Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__VOXEL_UNIT = eINSTANCE.getImageSeries_VoxelUnit();

		/**
		 * The meta object literal for the '<em><b>Voxel File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__VOXEL_FILE = eINSTANCE.getImageSeries_VoxelFile();

		/**
		 * The meta object literal for the '<em><b>Voxel Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__VOXEL_SHA256 = eINSTANCE.getImageSeries_VoxelSha256();

		/**
		 * The meta object literal for the '<em><b>Voxels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__VOXELS = eINSTANCE.getImageSeries_Voxels();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.StructureSetImpl <em>Structure Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.StructureSetImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getStructureSet()
		 * @generated
		 */
		EClass STRUCTURE_SET = eINSTANCE.getStructureSet();

		/**
		 * The meta object literal for the '<em><b>Sop Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_SET__SOP_INSTANCE_UID = eINSTANCE.getStructureSet_SopInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_SET__LABEL = eINSTANCE.getStructureSet_Label();

		/**
		 * The meta object literal for the '<em><b>Frame Of Reference Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_SET__FRAME_OF_REFERENCE_UID = eINSTANCE.getStructureSet_FrameOfReferenceUid();

		/**
		 * The meta object literal for the '<em><b>Referenced Series Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_SET__REFERENCED_SERIES_UID = eINSTANCE.getStructureSet_ReferencedSeriesUid();

		/**
		 * The meta object literal for the '<em><b>Structures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURE_SET__STRUCTURES = eINSTANCE.getStructureSet_Structures();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.StructureImpl <em>Structure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.StructureImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getStructure()
		 * @generated
		 */
		EClass STRUCTURE = eINSTANCE.getStructure();

		/**
		 * The meta object literal for the '<em><b>Roi Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__ROI_NUMBER = eINSTANCE.getStructure_RoiNumber();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__NAME = eINSTANCE.getStructure_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__TYPE = eINSTANCE.getStructure_Type();

		/**
		 * The meta object literal for the '<em><b>Color Rgb</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE__COLOR_RGB = eINSTANCE.getStructure_ColorRgb();

		/**
		 * The meta object literal for the '<em><b>Contours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURE__CONTOURS = eINSTANCE.getStructure_Contours();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.ContourImpl <em>Contour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.ContourImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getContour()
		 * @generated
		 */
		EClass CONTOUR = eINSTANCE.getContour();

		/**
		 * The meta object literal for the '<em><b>Points Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTOUR__POINTS_MM = eINSTANCE.getContour_PointsMm();

		/**
		 * The meta object literal for the '<em><b>Hole</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTOUR__HOLE = eINSTANCE.getContour_Hole();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.SourceModelImpl <em>Source Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.SourceModelImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getSourceModel()
		 * @generated
		 */
		EClass SOURCE_MODEL = eINSTANCE.getSourceModel();

		/**
		 * The meta object literal for the '<em><b>Model Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_MODEL__MODEL_ID = eINSTANCE.getSourceModel_ModelId();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_MODEL__MANUFACTURER = eINSTANCE.getSourceModel_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Radionuclide</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_MODEL__RADIONUCLIDE = eINSTANCE.getSourceModel_Radionuclide();

		/**
		 * The meta object literal for the '<em><b>Half Life Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_MODEL__HALF_LIFE_DAYS = eINSTANCE.getSourceModel_HalfLifeDays();

		/**
		 * The meta object literal for the '<em><b>Dose Rate Constant CGy Per Hour Per U</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_MODEL__DOSE_RATE_CONSTANT_CGY_PER_HOUR_PER_U = eINSTANCE.getSourceModel_DoseRateConstantCGyPerHourPerU();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.PlanImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Plan Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PLAN_ID = eINSTANCE.getPlan_PlanId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__LABEL = eINSTANCE.getPlan_Label();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__STATUS = eINSTANCE.getPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__APPROVED_BY = eINSTANCE.getPlan_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Approved Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__APPROVED_DATE_TIME = eINSTANCE.getPlan_ApprovedDateTime();

		/**
		 * The meta object literal for the '<em><b>Based On Plan Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__BASED_ON_PLAN_ID = eINSTANCE.getPlan_BasedOnPlanId();

		/**
		 * The meta object literal for the '<em><b>Prescription Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PRESCRIPTION_DOSE_GY = eINSTANCE.getPlan_PrescriptionDoseGy();

		/**
		 * The meta object literal for the '<em><b>Air Kerma Strength U</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__AIR_KERMA_STRENGTH_U = eINSTANCE.getPlan_AirKermaStrengthU();

		/**
		 * The meta object literal for the '<em><b>Source Strength Reference Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME = eINSTANCE.getPlan_SourceStrengthReferenceDateTime();

		/**
		 * The meta object literal for the '<em><b>Source Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SOURCE_MODEL = eINSTANCE.getPlan_SourceModel();

		/**
		 * The meta object literal for the '<em><b>Image Series</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__IMAGE_SERIES = eINSTANCE.getPlan_ImageSeries();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TARGET = eINSTANCE.getPlan_Target();

		/**
		 * The meta object literal for the '<em><b>Needles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__NEEDLES = eINSTANCE.getPlan_Needles();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SEEDS = eINSTANCE.getPlan_Seeds();

		/**
		 * The meta object literal for the '<em><b>Dose Grid</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__DOSE_GRID = eINSTANCE.getPlan_DoseGrid();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__METRICS = eINSTANCE.getPlan_Metrics();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.NeedleImpl <em>Needle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.NeedleImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getNeedle()
		 * @generated
		 */
		EClass NEEDLE = eINSTANCE.getNeedle();

		/**
		 * The meta object literal for the '<em><b>Needle Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE__NEEDLE_ID = eINSTANCE.getNeedle_NeedleId();

		/**
		 * The meta object literal for the '<em><b>Entry Point Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE__ENTRY_POINT_MM = eINSTANCE.getNeedle_EntryPointMm();

		/**
		 * The meta object literal for the '<em><b>Tip Point Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE__TIP_POINT_MM = eINSTANCE.getNeedle_TipPointMm();

		/**
		 * The meta object literal for the '<em><b>Direction Unit</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE__DIRECTION_UNIT = eINSTANCE.getNeedle_DirectionUnit();

		/**
		 * The meta object literal for the '<em><b>Guide Hole Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE__GUIDE_HOLE_ID = eINSTANCE.getNeedle_GuideHoleId();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.SeedImpl <em>Seed</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.SeedImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getSeed()
		 * @generated
		 */
		EClass SEED = eINSTANCE.getSeed();

		/**
		 * The meta object literal for the '<em><b>Seed Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__SEED_ID = eINSTANCE.getSeed_SeedId();

		/**
		 * The meta object literal for the '<em><b>Position Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__POSITION_MM = eINSTANCE.getSeed_PositionMm();

		/**
		 * The meta object literal for the '<em><b>Direction Unit</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__DIRECTION_UNIT = eINSTANCE.getSeed_DirectionUnit();

		/**
		 * The meta object literal for the '<em><b>Air Kerma Strength U</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__AIR_KERMA_STRENGTH_U = eINSTANCE.getSeed_AirKermaStrengthU();

		/**
		 * The meta object literal for the '<em><b>Needle</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEED__NEEDLE = eINSTANCE.getSeed_Needle();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__ORIGIN = eINSTANCE.getSeed_Origin();

		/**
		 * The meta object literal for the '<em><b>Planned Seed Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__PLANNED_SEED_ID = eINSTANCE.getSeed_PlannedSeedId();

		/**
		 * The meta object literal for the '<em><b>Axis Assumed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEED__AXIS_ASSUMED = eINSTANCE.getSeed_AxisAssumed();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.DoseGridImpl <em>Dose Grid</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.DoseGridImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getDoseGrid()
		 * @generated
		 */
		EClass DOSE_GRID = eINSTANCE.getDoseGrid();

		/**
		 * The meta object literal for the '<em><b>Origin Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__ORIGIN_MM = eINSTANCE.getDoseGrid_OriginMm();

		/**
		 * The meta object literal for the '<em><b>Spacing Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__SPACING_MM = eINSTANCE.getDoseGrid_SpacingMm();

		/**
		 * The meta object literal for the '<em><b>Row Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__ROW_DIRECTION = eINSTANCE.getDoseGrid_RowDirection();

		/**
		 * The meta object literal for the '<em><b>Column Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__COLUMN_DIRECTION = eINSTANCE.getDoseGrid_ColumnDirection();

		/**
		 * The meta object literal for the '<em><b>Slice Direction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__SLICE_DIRECTION = eINSTANCE.getDoseGrid_SliceDirection();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__COLUMNS = eINSTANCE.getDoseGrid_Columns();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__ROWS = eINSTANCE.getDoseGrid_Rows();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__SLICES = eINSTANCE.getDoseGrid_Slices();

		/**
		 * The meta object literal for the '<em><b>Dose Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__DOSE_UNIT = eINSTANCE.getDoseGrid_DoseUnit();

		/**
		 * The meta object literal for the '<em><b>Dose File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__DOSE_FILE = eINSTANCE.getDoseGrid_DoseFile();

		/**
		 * The meta object literal for the '<em><b>Dose Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__DOSE_SHA256 = eINSTANCE.getDoseGrid_DoseSha256();

		/**
		 * The meta object literal for the '<em><b>Dose Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_GRID__DOSE_VALUES = eINSTANCE.getDoseGrid_DoseValues();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.DoseMetricImpl <em>Dose Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.DoseMetricImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getDoseMetric()
		 * @generated
		 */
		EClass DOSE_METRIC = eINSTANCE.getDoseMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_METRIC__NAME = eINSTANCE.getDoseMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_METRIC__VALUE = eINSTANCE.getDoseMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_METRIC__UNIT = eINSTANCE.getDoseMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Structure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSE_METRIC__STRUCTURE = eINSTANCE.getDoseMetric_Structure();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.NeedleTemplateImpl <em>Needle Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.NeedleTemplateImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getNeedleTemplate()
		 * @generated
		 */
		EClass NEEDLE_TEMPLATE = eINSTANCE.getNeedleTemplate();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE_TEMPLATE__TEMPLATE_ID = eINSTANCE.getNeedleTemplate_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDLE_TEMPLATE__PLAN = eINSTANCE.getNeedleTemplate_Plan();

		/**
		 * The meta object literal for the '<em><b>Thickness Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE_TEMPLATE__THICKNESS_MM = eINSTANCE.getNeedleTemplate_ThicknessMm();

		/**
		 * The meta object literal for the '<em><b>Stl File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEEDLE_TEMPLATE__STL_FILE = eINSTANCE.getNeedleTemplate_StlFile();

		/**
		 * The meta object literal for the '<em><b>Guide Holes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDLE_TEMPLATE__GUIDE_HOLES = eINSTANCE.getNeedleTemplate_GuideHoles();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.GuideHoleImpl <em>Guide Hole</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.GuideHoleImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getGuideHole()
		 * @generated
		 */
		EClass GUIDE_HOLE = eINSTANCE.getGuideHole();

		/**
		 * The meta object literal for the '<em><b>Hole Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDE_HOLE__HOLE_ID = eINSTANCE.getGuideHole_HoleId();

		/**
		 * The meta object literal for the '<em><b>Center Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDE_HOLE__CENTER_MM = eINSTANCE.getGuideHole_CenterMm();

		/**
		 * The meta object literal for the '<em><b>Direction Unit</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDE_HOLE__DIRECTION_UNIT = eINSTANCE.getGuideHole_DirectionUnit();

		/**
		 * The meta object literal for the '<em><b>Diameter Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDE_HOLE__DIAMETER_MM = eINSTANCE.getGuideHole_DiameterMm();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.ImplantImpl <em>Implant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.ImplantImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getImplant()
		 * @generated
		 */
		EClass IMPLANT = eINSTANCE.getImplant();

		/**
		 * The meta object literal for the '<em><b>Implant Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__IMPLANT_ID = eINSTANCE.getImplant_ImplantId();

		/**
		 * The meta object literal for the '<em><b>Implant Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__IMPLANT_DATE = eINSTANCE.getImplant_ImplantDate();

		/**
		 * The meta object literal for the '<em><b>Post To Planning Transform</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__POST_TO_PLANNING_TRANSFORM = eINSTANCE.getImplant_PostToPlanningTransform();

		/**
		 * The meta object literal for the '<em><b>Registration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__REGISTRATION = eINSTANCE.getImplant_Registration();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__PLAN = eINSTANCE.getImplant_Plan();

		/**
		 * The meta object literal for the '<em><b>Post Implant Series</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__POST_IMPLANT_SERIES = eINSTANCE.getImplant_PostImplantSeries();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__SEEDS = eINSTANCE.getImplant_Seeds();

		/**
		 * The meta object literal for the '<em><b>Dose Grid</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__DOSE_GRID = eINSTANCE.getImplant_DoseGrid();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__METRICS = eINSTANCE.getImplant_Metrics();

		/**
		 * The meta object literal for the '<em><b>Seeds Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__SEEDS_EXPECTED = eINSTANCE.getImplant_SeedsExpected();

		/**
		 * The meta object literal for the '<em><b>Registration Residual Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__REGISTRATION_RESIDUAL_MM = eINSTANCE.getImplant_RegistrationResidualMm();

		/**
		 * The meta object literal for the '<em><b>Other Metal</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLANT__OTHER_METAL = eINSTANCE.getImplant_OtherMetal();

		/**
		 * The meta object literal for the '<em><b>Edits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLANT__EDITS = eINSTANCE.getImplant_Edits();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.MetalObjectImpl <em>Metal Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.MetalObjectImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getMetalObject()
		 * @generated
		 */
		EClass METAL_OBJECT = eINSTANCE.getMetalObject();

		/**
		 * The meta object literal for the '<em><b>Position Mm</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_OBJECT__POSITION_MM = eINSTANCE.getMetalObject_PositionMm();

		/**
		 * The meta object literal for the '<em><b>Length Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_OBJECT__LENGTH_MM = eINSTANCE.getMetalObject_LengthMm();

		/**
		 * The meta object literal for the '<em><b>Width Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_OBJECT__WIDTH_MM = eINSTANCE.getMetalObject_WidthMm();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_OBJECT__DESCRIPTION = eINSTANCE.getMetalObject_Description();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.FollowUpImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Assessment Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__ASSESSMENT_DATE = eINSTANCE.getFollowUp_AssessmentDate();

		/**
		 * The meta object literal for the '<em><b>Months Since Implant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__MONTHS_SINCE_IMPLANT = eINSTANCE.getFollowUp_MonthsSinceImplant();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__RESPONSE = eINSTANCE.getFollowUp_Response();

		/**
		 * The meta object literal for the '<em><b>Response Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__RESPONSE_DATE = eINSTANCE.getFollowUp_ResponseDate();

		/**
		 * The meta object literal for the '<em><b>Local Progression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__LOCAL_PROGRESSION = eINSTANCE.getFollowUp_LocalProgression();

		/**
		 * The meta object literal for the '<em><b>Local Progression Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__LOCAL_PROGRESSION_DATE = eINSTANCE.getFollowUp_LocalProgressionDate();

		/**
		 * The meta object literal for the '<em><b>Death</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DEATH = eINSTANCE.getFollowUp_Death();

		/**
		 * The meta object literal for the '<em><b>Death Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DEATH_DATE = eINSTANCE.getFollowUp_DeathDate();

		/**
		 * The meta object literal for the '<em><b>Last Contact Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__LAST_CONTACT_DATE = eINSTANCE.getFollowUp_LastContactDate();

		/**
		 * The meta object literal for the '<em><b>Pain Nrs Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__PAIN_NRS_BEFORE = eINSTANCE.getFollowUp_PainNrsBefore();

		/**
		 * The meta object literal for the '<em><b>Pain Nrs After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__PAIN_NRS_AFTER = eINSTANCE.getFollowUp_PainNrsAfter();

		/**
		 * The meta object literal for the '<em><b>Kps Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__KPS_BEFORE = eINSTANCE.getFollowUp_KpsBefore();

		/**
		 * The meta object literal for the '<em><b>Kps After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__KPS_AFTER = eINSTANCE.getFollowUp_KpsAfter();

		/**
		 * The meta object literal for the '<em><b>Adverse Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__ADVERSE_EVENTS = eINSTANCE.getFollowUp_AdverseEvents();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.AdverseEventImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getAdverseEvent()
		 * @generated
		 */
		EClass ADVERSE_EVENT = eINSTANCE.getAdverseEvent();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__CATEGORY = eINSTANCE.getAdverseEvent_Category();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__TERM = eINSTANCE.getAdverseEvent_Term();

		/**
		 * The meta object literal for the '<em><b>Ctcae Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__CTCAE_GRADE = eINSTANCE.getAdverseEvent_CtcaeGrade();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.CohortImpl <em>Cohort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.CohortImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getCohort()
		 * @generated
		 */
		EClass COHORT = eINSTANCE.getCohort();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__SCHEMA_VERSION = eINSTANCE.getCohort_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Cohort Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__COHORT_ID = eINSTANCE.getCohort_CohortId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__NAME = eINSTANCE.getCohort_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COHORT__MEMBERS = eINSTANCE.getCohort_Members();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.CohortMemberImpl <em>Cohort Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.CohortMemberImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getCohortMember()
		 * @generated
		 */
		EClass COHORT_MEMBER = eINSTANCE.getCohortMember();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT_MEMBER__PATIENT_ID = eINSTANCE.getCohortMember_PatientId();

		/**
		 * The meta object literal for the '<em><b>Centre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT_MEMBER__CENTRE = eINSTANCE.getCohortMember_Centre();

		/**
		 * The meta object literal for the '<em><b>Case Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT_MEMBER__CASE_FOLDER = eINSTANCE.getCohortMember_CaseFolder();

		/**
		 * The meta object literal for the '<em><b>Covariates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COHORT_MEMBER__COVARIATES = eINSTANCE.getCohortMember_Covariates();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.impl.CovariateImpl <em>Covariate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.CovariateImpl
		 * @see org.opensabt.model.impl.ModelPackageImpl#getCovariate()
		 * @generated
		 */
		EClass COVARIATE = eINSTANCE.getCovariate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVARIATE__NAME = eINSTANCE.getCovariate_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVARIATE__VALUE = eINSTANCE.getCovariate_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVARIATE__UNIT = eINSTANCE.getCovariate_Unit();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.Sex
		 * @see org.opensabt.model.impl.ModelPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.RoiType <em>Roi Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.RoiType
		 * @see org.opensabt.model.impl.ModelPackageImpl#getRoiType()
		 * @generated
		 */
		EEnum ROI_TYPE = eINSTANCE.getRoiType();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.PlanStatus
		 * @see org.opensabt.model.impl.ModelPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.opensabt.model.RecistResponse <em>Recist Response</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.RecistResponse
		 * @see org.opensabt.model.impl.ModelPackageImpl#getRecistResponse()
		 * @generated
		 */
		EEnum RECIST_RESPONSE = eINSTANCE.getRecistResponse();

		/**
		 * The meta object literal for the '<em>Short Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.ModelPackageImpl#getShortArray()
		 * @generated
		 */
		EDataType SHORT_ARRAY = eINSTANCE.getShortArray();

		/**
		 * The meta object literal for the '<em>Float Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opensabt.model.impl.ModelPackageImpl#getFloatArray()
		 * @generated
		 */
		EDataType FLOAT_ARRAY = eINSTANCE.getFloatArray();

	}

} //ModelPackage
