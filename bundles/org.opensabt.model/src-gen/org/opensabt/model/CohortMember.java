/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cohort Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One patient in a cohort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.CohortMember#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.opensabt.model.CohortMember#getCentre <em>Centre</em>}</li>
 *   <li>{@link org.opensabt.model.CohortMember#getCaseFolder <em>Case Folder</em>}</li>
 *   <li>{@link org.opensabt.model.CohortMember#getCovariates <em>Covariates</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getCohortMember()
 * @model
 * @generated
 */
public interface CohortMember extends EObject {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.opensabt.model.ModelPackage#getCohortMember_PatientId()
	 * @model required="true"
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.CohortMember#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Centre</em>' attribute.
	 * @see #setCentre(String)
	 * @see org.opensabt.model.ModelPackage#getCohortMember_Centre()
	 * @model
	 * @generated
	 */
	String getCentre();

	/**
	 * Sets the value of the '{@link org.opensabt.model.CohortMember#getCentre <em>Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centre</em>' attribute.
	 * @see #getCentre()
	 * @generated
	 */
	void setCentre(String value);

	/**
	 * Returns the value of the '<em><b>Case Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case folder relative to the cohort file, when the case is available.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Folder</em>' attribute.
	 * @see #setCaseFolder(String)
	 * @see org.opensabt.model.ModelPackage#getCohortMember_CaseFolder()
	 * @model
	 * @generated
	 */
	String getCaseFolder();

	/**
	 * Sets the value of the '{@link org.opensabt.model.CohortMember#getCaseFolder <em>Case Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Folder</em>' attribute.
	 * @see #getCaseFolder()
	 * @generated
	 */
	void setCaseFolder(String value);

	/**
	 * Returns the value of the '<em><b>Covariates</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Covariate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covariates</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getCohortMember_Covariates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Covariate> getCovariates();

} // CohortMember
