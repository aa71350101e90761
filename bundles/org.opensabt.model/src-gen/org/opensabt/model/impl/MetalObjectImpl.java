/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.MetalObject;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metal Object</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.MetalObjectImpl#getPositionMm <em>Position Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.MetalObjectImpl#getLengthMm <em>Length Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.MetalObjectImpl#getWidthMm <em>Width Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.MetalObjectImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetalObjectImpl extends MinimalEObjectImpl.Container implements MetalObject {
	/**
	 * The cached value of the '{@link #getPositionMm() <em>Position Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> positionMm;

	/**
	 * The default value of the '{@link #getLengthMm() <em>Length Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthMm()
	 * @generated
	 * @ordered
	 */
	protected static final double LENGTH_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLengthMm() <em>Length Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthMm()
	 * @generated
	 * @ordered
	 */
	protected double lengthMm = LENGTH_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthMm() <em>Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthMm()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidthMm() <em>Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthMm()
	 * @generated
	 * @ordered
	 */
	protected double widthMm = WIDTH_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetalObjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.METAL_OBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getPositionMm() {
		if (positionMm == null) {
			positionMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.METAL_OBJECT__POSITION_MM);
		}
		return positionMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLengthMm() {
		return lengthMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengthMm(double newLengthMm) {
		double oldLengthMm = lengthMm;
		lengthMm = newLengthMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.METAL_OBJECT__LENGTH_MM, oldLengthMm, lengthMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidthMm() {
		return widthMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthMm(double newWidthMm) {
		double oldWidthMm = widthMm;
		widthMm = newWidthMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.METAL_OBJECT__WIDTH_MM, oldWidthMm, widthMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.METAL_OBJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.METAL_OBJECT__POSITION_MM:
				return getPositionMm();
			case ModelPackage.METAL_OBJECT__LENGTH_MM:
				return getLengthMm();
			case ModelPackage.METAL_OBJECT__WIDTH_MM:
				return getWidthMm();
			case ModelPackage.METAL_OBJECT__DESCRIPTION:
				return getDescription();
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
			case ModelPackage.METAL_OBJECT__POSITION_MM:
				getPositionMm().clear();
				getPositionMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.METAL_OBJECT__LENGTH_MM:
				setLengthMm((Double)newValue);
				return;
			case ModelPackage.METAL_OBJECT__WIDTH_MM:
				setWidthMm((Double)newValue);
				return;
			case ModelPackage.METAL_OBJECT__DESCRIPTION:
				setDescription((String)newValue);
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
			case ModelPackage.METAL_OBJECT__POSITION_MM:
				getPositionMm().clear();
				return;
			case ModelPackage.METAL_OBJECT__LENGTH_MM:
				setLengthMm(LENGTH_MM_EDEFAULT);
				return;
			case ModelPackage.METAL_OBJECT__WIDTH_MM:
				setWidthMm(WIDTH_MM_EDEFAULT);
				return;
			case ModelPackage.METAL_OBJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case ModelPackage.METAL_OBJECT__POSITION_MM:
				return positionMm != null && !positionMm.isEmpty();
			case ModelPackage.METAL_OBJECT__LENGTH_MM:
				return lengthMm != LENGTH_MM_EDEFAULT;
			case ModelPackage.METAL_OBJECT__WIDTH_MM:
				return widthMm != WIDTH_MM_EDEFAULT;
			case ModelPackage.METAL_OBJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (positionMm: ");
		result.append(positionMm);
		result.append(", lengthMm: ");
		result.append(lengthMm);
		result.append(", widthMm: ");
		result.append(widthMm);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //MetalObjectImpl
