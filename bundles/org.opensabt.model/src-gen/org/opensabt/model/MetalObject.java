/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metal Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metal object on the post-implant CT that is not a seed, as the detection found it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.MetalObject#getPositionMm <em>Position Mm</em>}</li>
 *   <li>{@link org.opensabt.model.MetalObject#getLengthMm <em>Length Mm</em>}</li>
 *   <li>{@link org.opensabt.model.MetalObject#getWidthMm <em>Width Mm</em>}</li>
 *   <li>{@link org.opensabt.model.MetalObject#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getMetalObject()
 * @model
 * @generated
 */
public interface MetalObject extends EObject {
	/**
	 * Returns the value of the '<em><b>Position Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre: three values, x y z (post-implant CT frame, patient LPS mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getMetalObject_PositionMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPositionMm();

	/**
	 * Returns the value of the '<em><b>Length Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extent of its metal along its longest axis (mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length Mm</em>' attribute.
	 * @see #setLengthMm(double)
	 * @see org.opensabt.model.ModelPackage#getMetalObject_LengthMm()
	 * @model
	 * @generated
	 */
	double getLengthMm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.MetalObject#getLengthMm <em>Length Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length Mm</em>' attribute.
	 * @see #getLengthMm()
	 * @generated
	 */
	void setLengthMm(double value);

	/**
	 * Returns the value of the '<em><b>Width Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spread of its metal across that axis (mm; NaN when not measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width Mm</em>' attribute.
	 * @see #setWidthMm(double)
	 * @see org.opensabt.model.ModelPackage#getMetalObject_WidthMm()
	 * @model
	 * @generated
	 */
	double getWidthMm();

	/**
	 * Sets the value of the '{@link org.opensabt.model.MetalObject#getWidthMm <em>Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Mm</em>' attribute.
	 * @see #getWidthMm()
	 * @generated
	 */
	void setWidthMm(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it is not a seed, as the detection said.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.opensabt.model.ModelPackage#getMetalObject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.opensabt.model.MetalObject#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // MetalObject
