/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Structure Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An RT Structure Set: named structures delineated on one frame of reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.StructureSet#getSopInstanceUid <em>Sop Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.StructureSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.opensabt.model.StructureSet#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}</li>
 *   <li>{@link org.opensabt.model.StructureSet#getReferencedSeriesUid <em>Referenced Series Uid</em>}</li>
 *   <li>{@link org.opensabt.model.StructureSet#getStructures <em>Structures</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getStructureSet()
 * @model
 * @generated
 */
public interface StructureSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Sop Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sop Instance Uid</em>' attribute.
	 * @see #setSopInstanceUid(String)
	 * @see org.opensabt.model.ModelPackage#getStructureSet_SopInstanceUid()
	 * @model
	 * @generated
	 */
	String getSopInstanceUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.StructureSet#getSopInstanceUid <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sop Instance Uid</em>' attribute.
	 * @see #getSopInstanceUid()
	 * @generated
	 */
	void setSopInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.opensabt.model.ModelPackage#getStructureSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.opensabt.model.StructureSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Frame Of Reference Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Of Reference Uid</em>' attribute.
	 * @see #setFrameOfReferenceUid(String)
	 * @see org.opensabt.model.ModelPackage#getStructureSet_FrameOfReferenceUid()
	 * @model
	 * @generated
	 */
	String getFrameOfReferenceUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.StructureSet#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Of Reference Uid</em>' attribute.
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 */
	void setFrameOfReferenceUid(String value);

	/**
	 * Returns the value of the '<em><b>Referenced Series Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Series the contours were drawn on, as the structure set names it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referenced Series Uid</em>' attribute.
	 * @see #setReferencedSeriesUid(String)
	 * @see org.opensabt.model.ModelPackage#getStructureSet_ReferencedSeriesUid()
	 * @model
	 * @generated
	 */
	String getReferencedSeriesUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.StructureSet#getReferencedSeriesUid <em>Referenced Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referenced Series Uid</em>' attribute.
	 * @see #getReferencedSeriesUid()
	 * @generated
	 */
	void setReferencedSeriesUid(String value);

	/**
	 * Returns the value of the '<em><b>Structures</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Structure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structures</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getStructureSet_Structures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Structure> getStructures();

} // StructureSet
