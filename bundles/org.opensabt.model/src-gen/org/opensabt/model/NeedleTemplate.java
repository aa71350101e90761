/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Needle Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A patient-specific 3D-printed needle-guide template.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.NeedleTemplate#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link org.opensabt.model.NeedleTemplate#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opensabt.model.NeedleTemplate#getThicknessMm <em>Thickness Mm</em>}</li>
 *   <li>{@link org.opensabt.model.NeedleTemplate#getStlFile <em>Stl File</em>}</li>
 *   <li>{@link org.opensabt.model.NeedleTemplate#getGuideHoles <em>Guide Holes</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getNeedleTemplate()
 * @model
 * @generated
 */
public interface NeedleTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see org.opensabt.model.ModelPackage#getNeedleTemplate_TemplateId()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.NeedleTemplate#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Plan)
	 * @see org.opensabt.model.ModelPackage#getNeedleTemplate_Plan()
	 * @model
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link org.opensabt.model.NeedleTemplate#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Thickness Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thickness Mm</em>' attribute.
	 * @see #setThicknessMm(double)
	 * @see org.opensabt.model.ModelPackage#getNeedleTemplate_ThicknessMm()
	 * @model
	 * @generated
	 */
	double getThicknessMm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.NeedleTemplate#getThicknessMm <em>Thickness Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thickness Mm</em>' attribute.
	 * @see #getThicknessMm()
	 * @generated
	 */
	void setThicknessMm(double value);

	/**
	 * Returns the value of the '<em><b>Stl File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Printable mesh relative to the case folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stl File</em>' attribute.
	 * @see #setStlFile(String)
	 * @see org.opensabt.model.ModelPackage#getNeedleTemplate_StlFile()
	 * @model
	 * @generated
	 */
	String getStlFile();

	/**
	 * Sets the value of the '{@link org.opensabt.model.NeedleTemplate#getStlFile <em>Stl File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stl File</em>' attribute.
	 * @see #getStlFile()
	 * @generated
	 */
	void setStlFile(String value);

	/**
	 * Returns the value of the '<em><b>Guide Holes</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.GuideHole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guide Holes</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getNeedleTemplate_GuideHoles()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuideHole> getGuideHoles();

} // NeedleTemplate
