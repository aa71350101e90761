/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.ModelPackage;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Structure Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.StructureSetImpl#getSopInstanceUid <em>Sop Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureSetImpl#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureSetImpl#getReferencedSeriesUid <em>Referenced Series Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureSetImpl#getStructures <em>Structures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StructureSetImpl extends MinimalEObjectImpl.Container implements StructureSet {
	/**
	 * The default value of the '{@link #getSopInstanceUid() <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSopInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String SOP_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSopInstanceUid() <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSopInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String sopInstanceUid = SOP_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameOfReferenceUid() <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAME_OF_REFERENCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrameOfReferenceUid() <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 * @ordered
	 */
	protected String frameOfReferenceUid = FRAME_OF_REFERENCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferencedSeriesUid() <em>Referenced Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferencedSeriesUid()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCED_SERIES_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferencedSeriesUid() <em>Referenced Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferencedSeriesUid()
	 * @generated
	 * @ordered
	 */
	protected String referencedSeriesUid = REFERENCED_SERIES_UID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStructures() <em>Structures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructures()
	 * @generated
	 * @ordered
	 */
	protected EList<Structure> structures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StructureSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STRUCTURE_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSopInstanceUid() {
		return sopInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSopInstanceUid(String newSopInstanceUid) {
		String oldSopInstanceUid = sopInstanceUid;
		sopInstanceUid = newSopInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE_SET__SOP_INSTANCE_UID, oldSopInstanceUid, sopInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE_SET__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrameOfReferenceUid() {
		return frameOfReferenceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameOfReferenceUid(String newFrameOfReferenceUid) {
		String oldFrameOfReferenceUid = frameOfReferenceUid;
		frameOfReferenceUid = newFrameOfReferenceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE_SET__FRAME_OF_REFERENCE_UID, oldFrameOfReferenceUid, frameOfReferenceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferencedSeriesUid() {
		return referencedSeriesUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferencedSeriesUid(String newReferencedSeriesUid) {
		String oldReferencedSeriesUid = referencedSeriesUid;
		referencedSeriesUid = newReferencedSeriesUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE_SET__REFERENCED_SERIES_UID, oldReferencedSeriesUid, referencedSeriesUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Structure> getStructures() {
		if (structures == null) {
			structures = new EObjectContainmentEList<Structure>(Structure.class, this, ModelPackage.STRUCTURE_SET__STRUCTURES);
		}
		return structures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.STRUCTURE_SET__STRUCTURES:
				return ((InternalEList<?>)getStructures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STRUCTURE_SET__SOP_INSTANCE_UID:
				return getSopInstanceUid();
			case ModelPackage.STRUCTURE_SET__LABEL:
				return getLabel();
			case ModelPackage.STRUCTURE_SET__FRAME_OF_REFERENCE_UID:
				return getFrameOfReferenceUid();
			case ModelPackage.STRUCTURE_SET__REFERENCED_SERIES_UID:
				return getReferencedSeriesUid();
			case ModelPackage.STRUCTURE_SET__STRUCTURES:
				return getStructures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STRUCTURE_SET__SOP_INSTANCE_UID:
				setSopInstanceUid((String)newValue);
				return;
			case ModelPackage.STRUCTURE_SET__LABEL:
				setLabel((String)newValue);
				return;
			case ModelPackage.STRUCTURE_SET__FRAME_OF_REFERENCE_UID:
				setFrameOfReferenceUid((String)newValue);
				return;
			case ModelPackage.STRUCTURE_SET__REFERENCED_SERIES_UID:
				setReferencedSeriesUid((String)newValue);
				return;
			case ModelPackage.STRUCTURE_SET__STRUCTURES:
				getStructures().clear();
				getStructures().addAll((Collection<? extends Structure>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE_SET__SOP_INSTANCE_UID:
				setSopInstanceUid(SOP_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE_SET__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE_SET__FRAME_OF_REFERENCE_UID:
				setFrameOfReferenceUid(FRAME_OF_REFERENCE_UID_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE_SET__REFERENCED_SERIES_UID:
				setReferencedSeriesUid(REFERENCED_SERIES_UID_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE_SET__STRUCTURES:
				getStructures().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE_SET__SOP_INSTANCE_UID:
				return SOP_INSTANCE_UID_EDEFAULT == null ? sopInstanceUid != null : !SOP_INSTANCE_UID_EDEFAULT.equals(sopInstanceUid);
			case ModelPackage.STRUCTURE_SET__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ModelPackage.STRUCTURE_SET__FRAME_OF_REFERENCE_UID:
				return FRAME_OF_REFERENCE_UID_EDEFAULT == null ? frameOfReferenceUid != null : !FRAME_OF_REFERENCE_UID_EDEFAULT.equals(frameOfReferenceUid);
			case ModelPackage.STRUCTURE_SET__REFERENCED_SERIES_UID:
				return REFERENCED_SERIES_UID_EDEFAULT == null ? referencedSeriesUid != null : !REFERENCED_SERIES_UID_EDEFAULT.equals(referencedSeriesUid);
			case ModelPackage.STRUCTURE_SET__STRUCTURES:
				return structures != null && !structures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sopInstanceUid: ");
		result.append(sopInstanceUid);
		result.append(", label: ");
		result.append(label);
		result.append(", frameOfReferenceUid: ");
		result.append(frameOfReferenceUid);
		result.append(", referencedSeriesUid: ");
		result.append(referencedSeriesUid);
		result.append(')');
		return result.toString();
	}

} //StructureSetImpl
