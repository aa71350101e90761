/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cohort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A research cohort: cases from one or more centres with the covariates an outcome analysis uses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Cohort#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.opensabt.model.Cohort#getCohortId <em>Cohort Id</em>}</li>
 *   <li>{@link org.opensabt.model.Cohort#getName <em>Name</em>}</li>
 *   <li>{@link org.opensabt.model.Cohort#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getCohort()
 * @model
 * @generated
 */
public interface Cohort extends EObject {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(String)
	 * @see org.opensabt.model.ModelPackage#getCohort_SchemaVersion()
	 * @model required="true"
	 * @generated
	 */
	String getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Cohort#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Cohort Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohort Id</em>' attribute.
	 * @see #setCohortId(String)
	 * @see org.opensabt.model.ModelPackage#getCohort_CohortId()
	 * @model required="true"
	 * @generated
	 */
	String getCohortId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Cohort#getCohortId <em>Cohort Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort Id</em>' attribute.
	 * @see #getCohortId()
	 * @generated
	 */
	void setCohortId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opensabt.model.ModelPackage#getCohort_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Cohort#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.CohortMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getCohort_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<CohortMember> getMembers();

} // Cohort
