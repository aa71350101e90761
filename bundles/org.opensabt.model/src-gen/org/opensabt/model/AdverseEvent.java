/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adverse Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An adverse event graded by CTCAE v5.0 (schema 1.6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.AdverseEvent#getCategory <em>Category</em>}</li>
 *   <li>{@link org.opensabt.model.AdverseEvent#getTerm <em>Term</em>}</li>
 *   <li>{@link org.opensabt.model.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getAdverseEvent()
 * @model
 * @generated
 */
public interface AdverseEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category as a code, e.g. procedure, systemic, skin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.opensabt.model.ModelPackage#getAdverseEvent_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.opensabt.model.AdverseEvent#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Term as a code, e.g. skin_ulceration, pneumothorax.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.opensabt.model.ModelPackage#getAdverseEvent_Term()
	 * @model
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.AdverseEvent#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CTCAE v5.0 grade, 1-5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #setCtcaeGrade(int)
	 * @see org.opensabt.model.ModelPackage#getAdverseEvent_CtcaeGrade()
	 * @model
	 * @generated
	 */
	int getCtcaeGrade();

	/**
	 * Sets the value of the '{@link org.opensabt.model.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #getCtcaeGrade()
	 * @generated
	 */
	void setCtcaeGrade(int value);

} // AdverseEvent
