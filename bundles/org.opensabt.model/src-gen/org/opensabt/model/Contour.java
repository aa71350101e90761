/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One closed planar polygon in patient coordinates (mm). A contour inside another on the same plane is a hole.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Contour#getPointsMm <em>Points Mm</em>}</li>
 *   <li>{@link org.opensabt.model.Contour#isHole <em>Hole</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getContour()
 * @model
 * @generated
 */
public interface Contour extends EObject {
	/**
	 * Returns the value of the '<em><b>Points Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vertices x1 y1 z1 x2 y2 z2 ... in patient LPS mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getContour_PointsMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPointsMm();

	/**
	 * Returns the value of the '<em><b>Hole</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this polygon removes area from an enclosing one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hole</em>' attribute.
	 * @see #setHole(boolean)
	 * @see org.opensabt.model.ModelPackage#getContour_Hole()
	 * @model
	 * @generated
	 */
	boolean isHole();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Contour#isHole <em>Hole</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hole</em>' attribute.
	 * @see #isHole()
	 * @generated
	 */
	void setHole(boolean value);

} // Contour
