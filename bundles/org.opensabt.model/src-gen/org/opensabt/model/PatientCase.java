/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of one case folder (case.xmi). Everything the SABT workflow records for one patient hangs below it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.PatientCase#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getWrittenBy <em>Written By</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getPatient <em>Patient</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getSourceModels <em>Source Models</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getImplants <em>Implants</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getTumourLocation <em>Tumour Location</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getPathology <em>Pathology</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.opensabt.model.PatientCase#getLesionType <em>Lesion Type</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getPatientCase()
 * @model
 * @generated
 */
public interface PatientCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case schema version major.minor this file was written with (see CaseSchema).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_SchemaVersion()
	 * @model required="true"
	 * @generated
	 */
	String getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the case, unique within a centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Id</em>' attribute.
	 * @see #setCaseId(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_CaseId()
	 * @model required="true"
	 * @generated
	 */
	String getCaseId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getCaseId <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Id</em>' attribute.
	 * @see #getCaseId()
	 * @generated
	 */
	void setCaseId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO-8601 instant the case was created (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_CreatedAt()
	 * @model
	 * @generated
	 */
	String getCreatedAt();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(String value);

	/**
	 * Returns the value of the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO-8601 instant of the last save (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified At</em>' attribute.
	 * @see #setModifiedAt(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_ModifiedAt()
	 * @model
	 * @generated
	 */
	String getModifiedAt();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getModifiedAt <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified At</em>' attribute.
	 * @see #getModifiedAt()
	 * @generated
	 */
	void setModifiedAt(String value);

	/**
	 * Returns the value of the '<em><b>Written By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product and version that last saved the case, e.g. OpenSABT 0.1.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Written By</em>' attribute.
	 * @see #setWrittenBy(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_WrittenBy()
	 * @model
	 * @generated
	 */
	String getWrittenBy();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getWrittenBy <em>Written By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Written By</em>' attribute.
	 * @see #getWrittenBy()
	 * @generated
	 */
	void setWrittenBy(String value);

	/**
	 * Returns the value of the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient</em>' containment reference.
	 * @see #setPatient(Patient)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Patient()
	 * @model containment="true"
	 * @generated
	 */
	Patient getPatient();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getPatient <em>Patient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient</em>' containment reference.
	 * @see #getPatient()
	 * @generated
	 */
	void setPatient(Patient value);

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Study}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Study> getStudies();

	/**
	 * Returns the value of the '<em><b>Source Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.SourceModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed source models the plans and implants of this case use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Models</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_SourceModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceModel> getSourceModels();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Plan> getPlans();

	/**
	 * Returns the value of the '<em><b>Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.NeedleTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Templates</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Templates()
	 * @model containment="true"
	 * @generated
	 */
	EList<NeedleTemplate> getTemplates();

	/**
	 * Returns the value of the '<em><b>Implants</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Implant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implants</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Implants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Implant> getImplants();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPatientCase_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

	/**
	 * Returns the value of the '<em><b>Tumour Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site of the treated lesion as a code: extremity, head_neck, trunk_wall, thoracic, retroperitoneum_abdominal, ... (schema 1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tumour Location</em>' attribute.
	 * @see #setTumourLocation(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_TumourLocation()
	 * @model
	 * @generated
	 */
	String getTumourLocation();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getTumourLocation <em>Tumour Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tumour Location</em>' attribute.
	 * @see #getTumourLocation()
	 * @generated
	 */
	void setTumourLocation(String value);

	/**
	 * Returns the value of the '<em><b>Pathology</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Histology of the treated lesion as a code, e.g. liposarcoma, spindle_cell (schema 1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pathology</em>' attribute.
	 * @see #setPathology(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Pathology()
	 * @model
	 * @generated
	 */
	String getPathology();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getPathology <em>Pathology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pathology</em>' attribute.
	 * @see #getPathology()
	 * @generated
	 */
	void setPathology(String value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Histological grade: G1, G2, G3 or Gx (schema 1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see #setGrade(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_Grade()
	 * @model
	 * @generated
	 */
	String getGrade();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(String value);

	/**
	 * Returns the value of the '<em><b>Lesion Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the implant treats: local_recurrence, oligometastasis or primary (schema 1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lesion Type</em>' attribute.
	 * @see #setLesionType(String)
	 * @see org.opensabt.model.ModelPackage#getPatientCase_LesionType()
	 * @model
	 * @generated
	 */
	String getLesionType();

	/**
	 * Sets the value of the '{@link org.opensabt.model.PatientCase#getLesionType <em>Lesion Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lesion Type</em>' attribute.
	 * @see #getLesionType()
	 * @generated
	 */
	void setLesionType(String value);

} // PatientCase
