/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Structure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A region of interest: target (GTV, CTV, PTV) or organ at risk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Structure#getRoiNumber <em>Roi Number</em>}</li>
 *   <li>{@link org.opensabt.model.Structure#getName <em>Name</em>}</li>
 *   <li>{@link org.opensabt.model.Structure#getType <em>Type</em>}</li>
 *   <li>{@link org.opensabt.model.Structure#getColorRgb <em>Color Rgb</em>}</li>
 *   <li>{@link org.opensabt.model.Structure#getContours <em>Contours</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getStructure()
 * @model
 * @generated
 */
public interface Structure extends EObject {
	/**
	 * Returns the value of the '<em><b>Roi Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roi Number</em>' attribute.
	 * @see #setRoiNumber(int)
	 * @see org.opensabt.model.ModelPackage#getStructure_RoiNumber()
	 * @model
	 * @generated
	 */
	int getRoiNumber();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Structure#getRoiNumber <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roi Number</em>' attribute.
	 * @see #getRoiNumber()
	 * @generated
	 */
	void setRoiNumber(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opensabt.model.ModelPackage#getStructure_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Structure#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.opensabt.model.RoiType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.opensabt.model.RoiType
	 * @see #setType(RoiType)
	 * @see org.opensabt.model.ModelPackage#getStructure_Type()
	 * @model default="OTHER"
	 * @generated
	 */
	RoiType getType();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Structure#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.opensabt.model.RoiType
	 * @see #getType()
	 * @generated
	 */
	void setType(RoiType value);

	/**
	 * Returns the value of the '<em><b>Color Rgb</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display colour, three values 0-255.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color Rgb</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getStructure_ColorRgb()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getColorRgb();

	/**
	 * Returns the value of the '<em><b>Contours</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Contour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contours</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getStructure_Contours()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contour> getContours();

} // Structure
